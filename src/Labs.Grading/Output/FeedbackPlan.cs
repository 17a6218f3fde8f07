using System.Globalization;
using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>
/// What one student's feedback says, decided once for both the Markdown and the HTML page: the header, notices,
/// compiler errors, each task with the tests the instructor lets the student see, ignored files and solutions.
/// Renderers only escape and lay out this plan.
/// </summary>
internal sealed record FeedbackPlan
{
    public required string Heading { get; init; }

    public required string Greeting { get; init; }

    public required string PointsLine { get; init; }

    public required decimal Total { get; init; }

    public required decimal Max { get; init; }

    public string? StatusNotice { get; init; }

    public string? LateNotice { get; init; }

    public required IReadOnlyList<BuildDiagnostic> BuildErrors { get; init; }

    public required IReadOnlyList<FeedbackTask> Tasks { get; init; }

    public required IReadOnlyList<string> IgnoredFiles { get; init; }

    public required IReadOnlyList<SolutionFile> Solutions { get; init; }

    public required string Footer { get; init; }

    /// <summary>The sentence above the compiler errors.</summary>
    public const string BuildErrorsIntro = "The compiler reported these errors (paths are relative to your lab folder):";

    /// <summary>The sentence above the list of ignored files.</summary>
    public const string IgnoredIntro = "These files in your submission were not graded: only the lab's source files count.";

    /// <summary>The sentence above the sample solution.</summary>
    public const string SolutionsIntro = "Compare your code with this sample solution.";

    /// <summary>Decides the feedback for <paramref name="grade"/> under the instructor's <paramref name="options"/>.</summary>
    public static FeedbackPlan For(SubmissionGrade grade, OutputOptions options)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(options);
        string lab = grade.LabName.Length > 0 ? $" for lab {grade.LabName}" : "";
        string beforePolicy = grade.Penalty > 0m ? $" ({Points.Format(grade.Earned)} before the late policy)" : "";
        return new FeedbackPlan
        {
            Heading = grade.LabName.Length > 0 ? $"Feedback: {grade.LabName}" : "Feedback",
            Greeting = $"Hello {grade.StudentId}! Here is the feedback{lab} on your submission {grade.SubmissionId}.",
            PointsLine = $"You earned {Points.Format(grade.Total)} of {Points.Format(grade.Max)} points{beforePolicy}.",
            Total = grade.Total,
            Max = grade.Max,
            StatusNotice = NoticeFor(grade.Status),
            LateNotice = grade.Late?.Notice,
            BuildErrors = grade.BuildDiagnostics,
            Tasks = grade.Tasks.Select(task => Task(task, grade.Tests, options.HiddenTests)).ToList(),
            IgnoredFiles = grade.IgnoredFiles,
            Solutions = options.Solutions,
            Footer = string.Create(CultureInfo.InvariantCulture,
                $"Graded {grade.GradedAt.ToUniversalTime():yyyy-MM-dd HH:mm} UTC by Labs.Grading {grade.GraderVersion}."),
        };
    }

    /// <summary>The sentence that explains a status other than <see cref="SubmissionStatus.Graded"/>.</summary>
    public static string? NoticeFor(SubmissionStatus status) => status switch
    {
        SubmissionStatus.CompileError =>
            "Your code did not compile, so no test could run. Fix the compiler errors below and submit again.",
        SubmissionStatus.NoSourceFiles =>
            "No source files of the lab were found in your submission, so nothing could be graded. Submit the lab folder that dotnet new created, with your .cs files in it.",
        SubmissionStatus.Error =>
            "The grader had a problem with your submission. This is not your fault: your instructor will look at it.",
        _ => null,
    };

    private static FeedbackTask Task(TaskGrade task, IReadOnlyList<TestGrade> tests, HiddenTestFeedback hidden)
    {
        var ofTask = tests.Where(t => t.Task == task.Number).ToList();
        var shown = ofTask
            .Where(t => !t.IsHidden || hidden != HiddenTestFeedback.TaskTotals)
            .Select(t => FeedbackTest.From(t, withDetails: !t.IsHidden || hidden == HiddenTestFeedback.Full))
            .ToList();
        var unlisted = ofTask.Where(t => t.IsHidden && hidden == HiddenTestFeedback.TaskTotals).ToList();
        string? summary = unlisted.Count == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"{(unlisted.Count == 1 ? "1 hidden test" : $"{unlisted.Count} hidden tests")}: {Points.Format(unlisted.Sum(t => t.Earned))} of {Points.Format(unlisted.Sum(t => t.Max))} points.");
        return new FeedbackTask(task.Number, task.Title, task.Earned, task.Max, shown, summary);
    }
}
