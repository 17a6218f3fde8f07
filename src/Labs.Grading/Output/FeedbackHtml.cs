using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>
/// Writes a student's <c>feedback.html</c>: the same content as <see cref="FeedbackMarkdown"/> as one self-contained,
/// styled page that loads nothing from the network and runs no script. Every piece of text is HTML-escaped, and a
/// Content-Security-Policy forbids scripts as a second line of defence.
/// </summary>
public static partial class FeedbackHtml
{
    /// <summary>The Content-Security-Policy of the page: nothing may load or run except the embedded style sheet.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    /// <summary>Writes the HTML feedback for one submission.</summary>
    /// <param name="grade">The submission's grade.</param>
    /// <param name="options">What the instructor lets the student see; <see langword="null"/> uses the defaults.</param>
    /// <returns>The complete HTML document.</returns>
    public static string Write(SubmissionGrade grade, OutputOptions? options = null)
    {
        FeedbackPlan plan = FeedbackPlan.For(grade, options ?? new OutputOptions());
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(plan.Heading)).Append(" — ").Append(Encode(grade.StudentId)).Append("</title>\n")
            .Append("<style>\n").Append(FeedbackStyle.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");

        html.Append("<header>\n<h1>").Append(Encode(plan.Heading)).Append("</h1>\n<p>").Append(Encode(plan.Greeting)).Append("</p>\n")
            .Append("<p class=\"score\">").Append(Encode(plan.PointsLine)).Append("</p>\n")
            .Append(Bar(plan.Total, plan.Max)).Append("</header>\n");
        AppendNotice(html, plan.StatusNotice, "notice status");
        AppendNotice(html, plan.LateNotice, "notice late");
        AppendBuildErrors(html, plan.BuildErrors);
        AppendTaskTable(html, plan);
        foreach (FeedbackTask task in plan.Tasks)
        {
            AppendTask(html, task);
        }

        AppendIgnoredFiles(html, plan.IgnoredFiles);
        AppendSolutions(html, plan.Solutions);
        html.Append("<footer>").Append(Encode(plan.Footer)).Append("</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Escapes instructor Markdown and turns its `code` spans into &lt;code&gt; elements.</summary>
    private static string InstructorText(string markdown) =>
        CodeSpan().Replace(Encode(markdown), match => "<code>" + match.Groups[1].Value + "</code>");

    private static string Bar(decimal earned, decimal max)
    {
        decimal percent = max > 0m ? Math.Clamp(earned / max * 100m, 0m, 100m) : 0m;
        return string.Create(CultureInfo.InvariantCulture, $"<div class=\"bar\"><span style=\"width:{percent:0.#}%\"></span></div>\n");
    }

    private static void AppendNotice(StringBuilder html, string? notice, string cssClass)
    {
        if (notice is not null)
        {
            html.Append("<p class=\"").Append(cssClass).Append("\">").Append(Encode(notice)).Append("</p>\n");
        }
    }

    private static void AppendBuildErrors(StringBuilder html, IReadOnlyList<BuildDiagnostic> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"build\">\n<h2>Compiler errors</h2>\n<p>").Append(Encode(FeedbackPlan.BuildErrorsIntro)).Append("</p>\n<ul>\n");
        foreach (BuildDiagnostic error in errors)
        {
            html.Append("<li><code>").Append(Encode(string.Create(CultureInfo.InvariantCulture, $"{error.File}:{error.Line}:{error.Column}")))
                .Append("</code> ").Append(Encode(error.Id)).Append(": ").Append(Encode(error.Message)).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void AppendTaskTable(StringBuilder html, FeedbackPlan plan)
    {
        if (plan.Tasks.Count == 0)
        {
            return;
        }

        html.Append("<table>\n<tr><th>Task</th><th>Points</th></tr>\n");
        foreach (FeedbackTask task in plan.Tasks)
        {
            html.Append("<tr><td>").Append(Encode(task.Heading)).Append("</td><td class=\"num\">")
                .Append(Points.Format(task.Earned)).Append(" / ").Append(Points.Format(task.Max)).Append("</td></tr>\n");
        }

        html.Append("<tr><th>Total</th><th class=\"num\">").Append(Points.Format(plan.Total)).Append(" / ")
            .Append(Points.Format(plan.Max)).Append("</th></tr>\n</table>\n");
    }

    private static void AppendTask(StringBuilder html, FeedbackTask task)
    {
        html.Append("<section class=\"task\">\n<h2><span>").Append(Encode(task.Heading)).Append("</span><span>")
            .Append(Points.Format(task.Earned)).Append(" of ").Append(Points.Format(task.Max)).Append(" points</span></h2>\n")
            .Append(Bar(task.Earned, task.Max)).Append("<ul class=\"tests\">\n");
        foreach (FeedbackTest test in task.Tests)
        {
            html.Append("<li class=\"").Append(test.Passed ? "pass" : "fail").Append("\"><span class=\"mark\">")
                .Append(test.Passed ? "✓" : "✗").Append("</span><strong>").Append(Encode(test.Name)).Append("</strong>")
                .Append(test.IsHidden ? "<span class=\"tag\">hidden test</span>" : "")
                .Append("<span class=\"points\">").Append(Points.Format(test.Earned)).Append(" / ").Append(Points.Format(test.Max)).Append("</span>");
            if (!test.Passed)
            {
                html.Append("<div class=\"outcome\">").Append(Encode(test.Outcome)).Append("</div>");
            }

            if (test.Criterion is not null)
            {
                html.Append("<div class=\"criterion\">Checks: ").Append(InstructorText(test.Criterion)).Append("</div>");
            }

            if (test.Message.Length > 0)
            {
                html.Append("<pre>").Append(Encode(test.Message)).Append("</pre>");
            }

            foreach (string message in test.InstructorMessages)
            {
                html.Append("<p class=\"note\">Note: ").Append(Encode(message)).Append("</p>");
            }

            html.Append("</li>\n");
        }

        if (task.HiddenSummary is not null)
        {
            html.Append("<li class=\"summary\">").Append(Encode(task.HiddenSummary)).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void AppendIgnoredFiles(StringBuilder html, IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"ignored\">\n<h2>Ignored files</h2>\n<p>").Append(Encode(FeedbackPlan.IgnoredIntro)).Append("</p>\n<ul>\n");
        foreach (string file in files)
        {
            html.Append("<li><code>").Append(Encode(file)).Append("</code></li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void AppendSolutions(StringBuilder html, IReadOnlyList<SolutionFile> solutions)
    {
        if (solutions.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"solutions\">\n<h2>Sample solution</h2>\n<p>").Append(Encode(FeedbackPlan.SolutionsIntro)).Append("</p>\n");
        foreach (SolutionFile file in solutions)
        {
            html.Append("<h3>").Append(Encode(file.Path)).Append("</h3>\n<pre><code>").Append(Encode(file.Source)).Append("</code></pre>\n");
        }

        html.Append("</section>\n");
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}
