namespace Labs.Testing.Classroom;

/// <summary>A test's or a runner's status as the Classroom reporter reads it: <c>pass</c>, <c>fail</c> or <c>error</c>.</summary>
public enum ClassroomStatus
{
    /// <summary>The test passed and scores its full points (<c>"pass"</c>).</summary>
    Pass,

    /// <summary>The test ran and failed; it scores 0 (<c>"fail"</c>).</summary>
    Fail,

    /// <summary>The test could not run, for example because the code did not compile; it scores 0 (<c>"error"</c>).</summary>
    Error,
}
