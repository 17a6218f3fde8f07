namespace Labs.Grading.Execution;

/// <summary>The result of one hidden test for one submission.</summary>
/// <param name="FullName">The test's full NUnit name, e.g. <c>Lab.Hidden.Tests.GradingTests.Zero_mean_keeps_differences</c>.</param>
/// <param name="Outcome">How the test ended; only <see cref="TestOutcome.Passed"/> earns points.</param>
/// <param name="Message">Why the test did not pass, written for the student; empty for most passes.</param>
/// <param name="Duration">How long the test ran (for timeouts and crashes: until the grader stopped waiting).</param>
/// <example>
/// <code>
/// var earned = results.Where(r => r.Passed).Sum(r => pointsByTest[r.FullName]);
/// </code>
/// </example>
public sealed record TestRunResult(string FullName, TestOutcome Outcome, string Message, TimeSpan Duration)
{
    /// <summary>True only when the test passed.</summary>
    public bool Passed => Outcome == TestOutcome.Passed;

    /// <summary>The student-facing stack trace (the student's own frames first), or empty.</summary>
    public string StackTrace { get; init; } = string.Empty;

    /// <summary>What the test and the student's code printed while the test ran, cut off at the configured length.</summary>
    public string Output { get; init; } = string.Empty;

    /// <summary>The instructor's messages recorded by the test's checks; display text only, never used for points.</summary>
    public IReadOnlyList<InstructorMessage> Feedback { get; init; } = [];
}
