namespace Labs.Grading.Results;

/// <summary>What happened when one hidden or visible test ran against a submission.</summary>
public enum TestOutcome
{
    /// <summary>The test passed and earned its points.</summary>
    Passed,

    /// <summary>An assertion failed: the student's result was wrong.</summary>
    Failed,

    /// <summary>The method under test still throws <see cref="NotImplementedException"/>.</summary>
    NotImplemented,

    /// <summary>The student's code threw an exception.</summary>
    Error,

    /// <summary>The test ran longer than the lab's timeout (for example an infinite loop).</summary>
    TimedOut,

    /// <summary>The test process died (stack overflow, <c>Environment.Exit</c>, native crash).</summary>
    Crashed,

    /// <summary>The test used more memory than the lab's memory cap.</summary>
    OutOfMemory,

    /// <summary>The test was expected but no result came back; it counts as failed, never as passed.</summary>
    Missing,

    /// <summary>The submission tried to change its own grade; the test earns no points.</summary>
    Cheating,

    /// <summary>The test was not run because the code did not compile or had no source files.</summary>
    NotRun,
}
