using System.Globalization;
using System.Text;
using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>
/// Writes a student's <c>feedback.md</c>: points per task, every test the instructor lets them see with its message
/// and criterion, notices about lateness and compiler errors, ignored files and (optionally) the sample solution.
/// Every piece of text from a test or a submission is escaped, so it cannot inject Markdown or HTML.
/// </summary>
public static class FeedbackMarkdown
{
    /// <summary>Writes the Markdown feedback for one submission.</summary>
    /// <param name="grade">The submission's grade.</param>
    /// <param name="options">What the instructor lets the student see; <see langword="null"/> uses the defaults.</param>
    /// <returns>The Markdown text.</returns>
    /// <example>
    /// <code>
    /// File.WriteAllText("feedback.md", FeedbackMarkdown.Write(grade, new OutputOptions { HiddenTests = HiddenTestFeedback.Outcome }));
    /// </code>
    /// </example>
    public static string Write(SubmissionGrade grade, OutputOptions? options = null)
    {
        FeedbackPlan plan = FeedbackPlan.For(grade, options ?? new OutputOptions());
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Inline(plan.Heading)).Append("\n\n");
        md.Append(MarkdownText.Inline(plan.Greeting)).Append("\n\n");
        md.Append("**").Append(MarkdownText.Inline(plan.PointsLine)).Append("**\n\n");
        AppendNotice(md, plan.StatusNotice);
        AppendNotice(md, plan.LateNotice);
        AppendBuildErrors(md, plan.BuildErrors);
        AppendTaskTable(md, plan);
        foreach (FeedbackTask task in plan.Tasks)
        {
            AppendTask(md, task);
        }

        AppendIgnoredFiles(md, plan.IgnoredFiles);
        AppendSolutions(md, plan.Solutions);
        md.Append("---\n\n").Append(MarkdownText.Inline(plan.Footer)).Append('\n');
        return md.ToString();
    }

    private static void AppendNotice(StringBuilder md, string? notice)
    {
        if (notice is not null)
        {
            md.Append("> ").Append(MarkdownText.Inline(notice)).Append("\n\n");
        }
    }

    private static void AppendBuildErrors(StringBuilder md, IReadOnlyList<BuildDiagnostic> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        md.Append("## Compiler errors\n\n").Append(MarkdownText.Inline(FeedbackPlan.BuildErrorsIntro)).Append("\n\n");
        foreach (BuildDiagnostic error in errors)
        {
            md.Append("- ").Append(MarkdownText.Inline(string.Create(CultureInfo.InvariantCulture,
                $"{error.File} line {error.Line}, column {error.Column}: {error.Id} {error.Message}"))).Append('\n');
        }

        md.Append('\n');
    }

    private static void AppendTaskTable(StringBuilder md, FeedbackPlan plan)
    {
        if (plan.Tasks.Count == 0)
        {
            return;
        }

        md.Append("| Task | Points |\n| --- | ---: |\n");
        foreach (FeedbackTask task in plan.Tasks)
        {
            md.Append("| ").Append(MarkdownText.Inline(task.Heading)).Append(" | ")
                .Append(Points.Format(task.Earned)).Append(" / ").Append(Points.Format(task.Max)).Append(" |\n");
        }

        md.Append("| **Total** | **").Append(Points.Format(plan.Total)).Append(" / ").Append(Points.Format(plan.Max)).Append("** |\n\n");
    }

    private static void AppendTask(StringBuilder md, FeedbackTask task)
    {
        md.Append("## ").Append(MarkdownText.Inline(task.Heading)).Append(" (")
            .Append(Points.Format(task.Earned)).Append(" of ").Append(Points.Format(task.Max)).Append(" points)\n\n");
        foreach (FeedbackTest test in task.Tests)
        {
            md.Append("- ").Append(test.Passed ? "✅" : "❌").Append(" **").Append(MarkdownText.Inline(test.Name)).Append("**")
                .Append(" (").Append(Points.Format(test.Earned)).Append('/').Append(Points.Format(test.Max)).Append(')')
                .Append(test.Passed ? "" : " " + MarkdownText.Inline("— " + test.Outcome))
                .Append(test.IsHidden ? " *(hidden test)*" : "").Append('\n');
            if (test.Criterion is not null)
            {
                md.Append("  - Checks: ").Append(MarkdownText.InstructorInline(test.Criterion)).Append('\n');
            }

            if (test.Message.Length > 0)
            {
                md.Append('\n').Append(MarkdownText.CodeBlock(test.Message, "text", indent: "  ")).Append('\n');
            }

            foreach (string message in test.InstructorMessages)
            {
                md.Append("  - Note: ").Append(MarkdownText.Inline(message)).Append('\n');
            }
        }

        if (task.HiddenSummary is not null)
        {
            md.Append("- ").Append(MarkdownText.Inline(task.HiddenSummary)).Append('\n');
        }

        md.Append('\n');
    }

    private static void AppendIgnoredFiles(StringBuilder md, IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return;
        }

        md.Append("## Ignored files\n\n").Append(MarkdownText.Inline(FeedbackPlan.IgnoredIntro)).Append("\n\n");
        foreach (string file in files)
        {
            md.Append("- ").Append(MarkdownText.Inline(file)).Append('\n');
        }

        md.Append('\n');
    }

    private static void AppendSolutions(StringBuilder md, IReadOnlyList<SolutionFile> solutions)
    {
        if (solutions.Count == 0)
        {
            return;
        }

        md.Append("## Sample solution\n\n").Append(MarkdownText.Inline(FeedbackPlan.SolutionsIntro)).Append("\n\n");
        foreach (SolutionFile file in solutions)
        {
            md.Append("### ").Append(MarkdownText.Inline(file.Path)).Append("\n\n")
                .Append(MarkdownText.CodeBlock(file.Source, "csharp")).Append('\n');
        }
    }
}
