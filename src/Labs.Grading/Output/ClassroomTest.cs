using System.Globalization;
using System.Text.Json.Nodes;
using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>One test as the Classroom reporter reads it: passing tests score their full points, all others 0.</summary>
internal sealed record ClassroomTest(string Name, int Task, decimal Max, string Status, decimal Score, string Message, long DurationMs)
{
    private const int MaxDiagnosticsInMessage = 10;

    /// <summary>Converts a test, hiding what the instructor hides about hidden tests; <paramref name="withDiagnostics"/> adds the compiler errors to a test that did not run.</summary>
    public static ClassroomTest From(TestGrade test, int index, SubmissionGrade grade, HiddenTestFeedback hidden, bool withDiagnostics)
    {
        bool passed = test.Outcome == TestOutcome.Passed;
        string status = passed ? "pass" : test.Outcome == TestOutcome.NotRun ? "error" : "fail";
        string name = test.IsHidden && hidden == HiddenTestFeedback.TaskTotals
            ? string.Create(CultureInfo.InvariantCulture, $"Hidden test {index + 1}")
            : test.DisplayName;
        string message = passed ? "" : MessageFor(test, grade, hidden, withDiagnostics);
        return new ClassroomTest(name, test.Task, test.Max, status, passed ? test.Max : 0m, message, (long)Math.Round(test.DurationMs));
    }

    /// <summary>The reporter's JSON for the test, with the fields its own graders write.</summary>
    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["status"] = Status,
        ["score"] = Points.Normalize(Score),
        ["message"] = Message,
        ["test_code"] = "",
        ["filename"] = "",
        ["line_no"] = 0,
        ["duration"] = DurationMs,
    };

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
