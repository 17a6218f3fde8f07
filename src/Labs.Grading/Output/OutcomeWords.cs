using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>Short student-facing words for each test outcome, shown next to a test in the feedback.</summary>
internal static class OutcomeWords
{
    /// <summary>The words for <paramref name="outcome"/>, e.g. "timed out (took too long)".</summary>
    public static string Of(TestOutcome outcome) => outcome switch
    {
        TestOutcome.Passed => "passed",
        TestOutcome.Failed => "failed",
        TestOutcome.NotImplemented => "not implemented yet",
        TestOutcome.Error => "your code threw an exception",
        TestOutcome.TimedOut => "timed out (took too long)",
        TestOutcome.Crashed => "crashed the test process",
        TestOutcome.OutOfMemory => "used too much memory",
        TestOutcome.Missing => "no result (counts as failed)",
        TestOutcome.Cheating => "tried to change the grade (0 points)",
        TestOutcome.NotRun => "not run",
        _ => outcome.ToString(),
    };
}
