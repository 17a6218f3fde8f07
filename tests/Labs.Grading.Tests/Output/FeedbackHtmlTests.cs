using Labs.Grading.Output;
using Labs.Grading.Results;

namespace Labs.Grading.Tests.Output;

public sealed class FeedbackHtmlTests
{
    private static SubmissionGrade Hostile()
    {
        TestGrade[] tests = SampleGrades.Tests();
        tests[1] = tests[1] with
        {
            DisplayName = "<script>alert(1)</script>",
            Message = "</pre><script>alert(2)</script>",
            Criterion = "<img src=x onerror=alert(3)> `code`",
            InstructorMessages = ["<b onclick=alert(4)>"],
        };
        return GradeCalculator.Calculate(
            SampleGrades.Result() with
            {
                StudentId = "\"><script>alert(5)</script>",
                Tests = tests,
                IgnoredFiles = ["<svg onload=alert(6)>.txt"],
                BuildDiagnostics = [new BuildDiagnostic("Lab/<x>.cs", 1, 2, "CS0001", "<script>")],
            },
            LatePolicy.None);
    }

    [Test]
    public void Every_text_is_escaped_so_no_script_or_markup_can_be_injected()
    {
        string html = FeedbackHtml.Write(Hostile(), new OutputOptions { Solutions = [new SolutionFile("S.cs", "</code><script>alert(7)</script>")] });
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<img").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<svg").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<b ").IgnoreCase);
            Assert.That(html, Does.Contain("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>"));
            Assert.That(html, Does.Contain("<pre>&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;</pre>"));
            Assert.That(html, Does.Contain("Checks: &lt;img src=x onerror=alert(3)&gt; <code>code</code>"));
            Assert.That(html, Does.Contain("Hello &quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;!"));
            Assert.That(html, Does.Contain("<code>Lab/&lt;x&gt;.cs:1:2</code> CS0001: &lt;script&gt;"));
        });
    }

    [Test]
    public void Page_is_self_contained_and_forbids_scripts()
    {
        string html = FeedbackHtml.Write(SampleGrades.Graded());
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"));
            Assert.That(html, Does.Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"));
            Assert.That(html, Does.Contain("<style>"));
            Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"));
            Assert.That(html, Does.Not.Contain("<link").And.Not.Contain("src="));
            Assert.That(html, Does.EndWith("</html>\n"));
        });
    }

    [Test]
    public void Page_shows_points_per_task_and_the_late_notice()
    {
        string html = FeedbackHtml.Write(SampleGrades.Graded(daysLate: 1, policy: LatePolicy.Zero));
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<p class=\"score\">You earned 0 of 8 points (3 before the late policy).</p>"));
            Assert.That(html, Does.Contain("<tr><td>Task 2: Edges, gradients</td><td class=\"num\">1 / 4</td></tr>"));
            Assert.That(html, Does.Contain(
                "<p class=\"notice late\">Submitted 1 day late. The late policy gives late work 0 points, so your 3 points count as 0. Your work was still graded so you can learn from the feedback.</p>"));
            // Task 1 earned 2 of 4: the bar is half full.
            Assert.That(html, Does.Contain("<span>2 of 4 points</span></h2>\n<div class=\"bar\"><span style=\"width:50%\"></span></div>"));
        });
    }

    [Test]
    public void Task_totals_visibility_keeps_hidden_test_names_out_of_the_page()
    {
        string html = FeedbackHtml.Write(SampleGrades.Graded(), new OutputOptions { HiddenTests = HiddenTestFeedback.TaskTotals });
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("Box blur at the border"));
            Assert.That(html, Does.Not.Contain("Expected 0.5"));
            Assert.That(html, Does.Contain("<li class=\"summary\">1 hidden test: 0 of 3 points.</li>"));
            Assert.That(html, Does.Contain("Gradient magnitude"));
        });
    }
}
