namespace Labs.Grading.Execution;

/// <summary>How one hidden test ended. Only <see cref="Passed"/> earns points; every other outcome is a failure with a reason.</summary>
public enum TestOutcome
{
    /// <summary>The test ran and passed.</summary>
    Passed,

    /// <summary>The test ran and failed: a wrong result, an exception in the student's code, or a cheat the grader caught.</summary>
    Failed,

    /// <summary>The test ended without a verdict (ignored, inconclusive, skipped or only a warning); it earns nothing.</summary>
    NoVerdict,

    /// <summary>The test did not finish within its time limit, usually an endless loop; the test host was stopped.</summary>
    TimedOut,

    /// <summary>The test took the whole test host down: a stack overflow, <c>Environment.Exit</c> or another crash.</summary>
    Crashed,

    /// <summary>The test used more memory than allowed.</summary>
    OutOfMemory,

    /// <summary>No trustworthy result came back for an expected test; never counted as a pass.</summary>
    Missing,
}
