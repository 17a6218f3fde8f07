using System.Globalization;
using Labs.Grading.Results;
using Labs.Testing.Classroom;

namespace Labs.Grading.Output;

/// <summary>A graded test as the Classroom reporter reads it, with what the instructor hides about hidden tests hidden.</summary>
internal static class ClassroomTests
{
    private const int MaxDiagnosticsInMessage = 10;

    /// <summary>Converts a test; <paramref name="withDiagnostics"/> adds the compiler errors to a test that did not run.</summary>
    public static ClassroomTest From(TestGrade test, int index, SubmissionGrade grade, HiddenTestFeedback hidden, bool withDiagnostics)
    {
        bool passed = test.Outcome == TestOutcome.Passed;
        ClassroomStatus status = passed ? ClassroomStatus.Pass : test.Outcome == TestOutcome.NotRun ? ClassroomStatus.Error : ClassroomStatus.Fail;
        string name = test.IsHidden && hidden == HiddenTestFeedback.TaskTotals
            ? string.Create(CultureInfo.InvariantCulture, $"Hidden test {index + 1}")
            : test.DisplayName;
        string message = passed ? "" : MessageFor(test, grade, hidden, withDiagnostics);
        return new ClassroomTest(name, test.Task, test.Max, status, message, (long)Math.Round(test.DurationMs));
    }

    private static string MessageFor(TestGrade test, SubmissionGrade grade, HiddenTestFeedback hidden, bool withDiagnostics)
    {
        if (test.Outcome == TestOutcome.NotRun)
        {
            string notice = FeedbackPlan.NoticeFor(grade.Status) ?? "Not run.";
            return withDiagnostics && grade.BuildDiagnostics.Count > 0
                ? notice + "\n" + string.Join('\n', grade.BuildDiagnostics.Take(MaxDiagnosticsInMessage))
                : notice;
        }

        bool details = !test.IsHidden || hidden == HiddenTestFeedback.Full;
        return details && test.Message.Length > 0 ? test.Message : OutcomeWords.Of(test.Outcome);
    }
}
