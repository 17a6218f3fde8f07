using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>
/// Writes Gradescope's autograder <c>results.json</c> for one submission: the final <c>score</c> (after the late
/// policy), one entry per test with <c>score</c>, <c>max_score</c>, <c>status</c>, <c>output</c> and
/// <c>visibility</c>, and the submission-level <c>output</c>, <c>visibility</c>, <c>stdout_visibility</c> and
/// <c>execution_time</c>. See docs/grading/gradescope.md.
/// </summary>
public static class GradescopeResults
{
    /// <summary>Writes the <c>results.json</c> text for one submission.</summary>
    /// <param name="grade">The submission's grade.</param>
    /// <param name="options">How much to reveal about hidden tests and when Gradescope shows them; <see langword="null"/> uses the defaults.</param>
    /// <returns>The JSON text (indented, ends with a newline).</returns>
    public static string Write(SubmissionGrade grade, OutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grade);
        options ??= new OutputOptions();
        var tests = new JsonArray();
        var numberInTask = new Dictionary<int, int>();
        foreach (TestGrade test in grade.Tests)
        {
            int number = numberInTask[test.Task] = numberInTask.GetValueOrDefault(test.Task) + 1;
            tests.Add(Test(test, number, grade, options));
        }

        var results = new JsonObject
        {
            // The top-level score overrides the sum of the tests' scores, so it can carry the late penalty.
            ["score"] = grade.Total,
            ["execution_time"] = (long)Math.Ceiling(grade.Tests.Sum(t => t.DurationMs) / 1000.0),
            ["output"] = SubmissionOutput(grade),
            ["visibility"] = Name(GradescopeVisibility.Visible),
            ["stdout_visibility"] = Name(GradescopeVisibility.Hidden),
            ["tests"] = tests,
        };
        return results.ToJsonString(GradeJson.Options) + "\n";
    }

    /// <summary>Gradescope's spelling of a visibility, e.g. <c>after_published</c>.</summary>
    /// <param name="visibility">The visibility.</param>
    /// <returns>The value for the <c>visibility</c> field.</returns>
    public static string Name(GradescopeVisibility visibility) => JsonNamingPolicy.SnakeCaseLower.ConvertName(visibility.ToString());

    private static JsonObject Test(TestGrade test, int number, SubmissionGrade grade, OutputOptions options)
    {
        bool passed = test.Outcome == TestOutcome.Passed;
        bool listed = !test.IsHidden || options.HiddenTests != HiddenTestFeedback.TaskTotals;
        bool details = !test.IsHidden || options.HiddenTests == HiddenTestFeedback.Full;
        string task = grade.Tasks.FirstOrDefault(t => t.Number == test.Task)?.Title ?? "";
        string name = listed ? test.DisplayName : string.Create(CultureInfo.InvariantCulture, $"Hidden test {number}");
        return new JsonObject
        {
            ["name"] = task.Length > 0 ? $"{task}: {name}" : name,
            ["number"] = string.Create(CultureInfo.InvariantCulture, $"{test.Task}.{number}"),
            ["score"] = test.Earned,
            ["max_score"] = test.Max,
            ["status"] = passed ? "passed" : "failed",
            ["output"] = TestOutput(test, passed, details),
            ["visibility"] = Name(test.IsHidden ? options.GradescopeHiddenTests : GradescopeVisibility.Visible),
        };
    }

    private static string TestOutput(TestGrade test, bool passed, bool details)
    {
        var output = new StringBuilder(passed ? "Passed." : char.ToUpperInvariant(OutcomeWords.Of(test.Outcome)[0]) + OutcomeWords.Of(test.Outcome)[1..] + ".");
        if (test.Criterion is not null)
        {
            output.Append("\nChecks: ").Append(test.Criterion);
        }

        if (details && test.Message.Length > 0)
        {
            output.Append("\n\n").Append(test.Message);
        }

        foreach (string note in details ? test.InstructorMessages : [])
        {
            output.Append("\nNote: ").Append(note);
        }

        return output.ToString();
    }

    private static string SubmissionOutput(SubmissionGrade grade)
    {
        var lines = new List<string>();
        if (FeedbackPlan.NoticeFor(grade.Status) is { } notice)
        {
            lines.Add(notice);
        }

        lines.AddRange(grade.BuildDiagnostics.Select(d => d.ToString()));
        if (grade.Late is not null)
        {
            lines.Add(grade.Late.Notice);
        }

        if (grade.IgnoredFiles.Count > 0)
        {
            lines.Add(FeedbackPlan.IgnoredIntro + " " + string.Join(", ", grade.IgnoredFiles));
        }

        return string.Join('\n', lines);
    }
}
