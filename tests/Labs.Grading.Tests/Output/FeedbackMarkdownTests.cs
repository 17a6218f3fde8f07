using Labs.Grading.Output;
using Labs.Grading.Results;

namespace Labs.Grading.Tests.Output;

public sealed class FeedbackMarkdownTests
{
    private const string HiddenMessage = "Expected 0.5 at (0, 0) but was 0.25.";

    [Test]
    public void Header_greets_the_student_and_states_the_points()
    {
        string md = FeedbackMarkdown.Write(SampleGrades.Graded());
        Assert.That(md, Does.StartWith(
            "# Feedback: filtering\n\n"
            + "Hello alice! Here is the feedback for lab filtering on your submission alice.\n\n"
            + "**You earned 3 of 8 points.**\n\n"));
    }

    [Test]
    public void Each_task_shows_its_points_and_each_test_its_outcome_message_and_criterion()
    {
        string md = FeedbackMarkdown.Write(SampleGrades.Graded());
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.Contain("| Task 1: Box blur | 2 / 4 |\n| Task 2: Edges, gradients | 1 / 4 |\n| **Total** | **3 / 8** |\n"));
            Assert.That(md, Does.Contain("## Task 1: Box blur (2 of 4 points)\n\n- ✅ **Box blur keeps the mean** (2/2)\n"));
            Assert.That(md, Does.Contain(
                "- ❌ **Box blur at the border** (0/2) — failed *(hidden test)*\n"
                + "  - Checks: Uses the `Mirror` boundary condition.\n\n"
                + "  ```text\n  " + HiddenMessage + "\n  ```\n\n"
                + "  - Note: Look at Boundary.Fold.\n"));
            Assert.That(md, Does.Contain("- ❌ **Sobel x** (0/3) — not implemented yet *(hidden test)*\n"));
        });
    }

    [Test]
    public void Late_work_carries_the_late_notice_and_the_points_before_the_policy()
    {
        string md = FeedbackMarkdown.Write(SampleGrades.Graded(daysLate: 2, policy: LatePolicy.PerDay(10m)));
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.Contain("**You earned 2.4 of 8 points (3 before the late policy).**\n"));
            Assert.That(md, Does.Contain(
                "> Submitted 2 days late. The late policy deducts 10% of the points per day late, so 20% (0.6 points) was deducted from your 3 points.\n"));
        });
    }

    [Test]
    public void Compile_errors_and_ignored_files_are_listed_with_student_paths()
    {
        string md = FeedbackMarkdown.Write(SampleGrades.CompileError());
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.Contain("> Your code did not compile, so no test could run. Fix the compiler errors below and submit again.\n"));
            Assert.That(md, Does.Contain("- Lab/Filters.cs line 12, column 5: CS1002 ; expected\n"));
            Assert.That(md, Does.Contain(
                "## Ignored files\n\nThese files in your submission were not graded: only the lab's source files count.\n\n- Lab.Tests/BlurTests.cs\n- notes.txt\n"));
            Assert.That(md, Does.Contain("- ❌ **Box blur keeps the mean** (0/2) — not run\n"));
        });
    }

    [Test]
    public void Outcome_visibility_hides_hidden_test_messages_but_keeps_visible_ones()
    {
        TestGrade[] tests = SampleGrades.Tests();
        tests[0] = tests[0] with { Outcome = TestOutcome.Failed, Earned = 0m, Message = "visible failure" };
        SubmissionGrade grade = GradeCalculator.Calculate(SampleGrades.Result() with { Tests = tests }, LatePolicy.None);
        string md = FeedbackMarkdown.Write(grade, new OutputOptions { HiddenTests = HiddenTestFeedback.Outcome });
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.Contain("**Box blur at the border** (0/2) — failed"));
            Assert.That(md, Does.Contain("Checks: Uses the `Mirror` boundary condition."));
            Assert.That(md, Does.Not.Contain(HiddenMessage));
            Assert.That(md, Does.Not.Contain("Look at Boundary.Fold."));
            Assert.That(md, Does.Contain("visible failure"));
        });
    }

    [Test]
    public void Task_totals_visibility_lists_no_hidden_test_but_still_their_points()
    {
        string md = FeedbackMarkdown.Write(SampleGrades.Graded(), new OutputOptions { HiddenTests = HiddenTestFeedback.TaskTotals });
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.Not.Contain("Box blur at the border"));
            Assert.That(md, Does.Not.Contain("Sobel"));
            Assert.That(md, Does.Contain("## Task 1: Box blur (2 of 4 points)\n\n- ✅ **Box blur keeps the mean** (2/2)\n- 1 hidden test: 0 of 2 points.\n"));
        });
    }

    [Test]
    public void Solutions_are_appended_only_when_the_instructor_passes_them()
    {
        var options = new OutputOptions { Solutions = [new SolutionFile("Lab/Filters.cs", "class A\n{\n    // ``` fence\n}\n")] };
        string with = FeedbackMarkdown.Write(SampleGrades.Graded(), options);
        string without = FeedbackMarkdown.Write(SampleGrades.Graded());
        Assert.Multiple(() =>
        {
            Assert.That(with, Does.Contain("## Sample solution\n\nCompare your code with this sample solution.\n\n### Lab/Filters.cs\n\n````csharp\nclass A\n{\n    // ``` fence\n}\n````\n"));
            Assert.That(without, Does.Not.Contain("Sample solution"));
        });
    }

    [Test]
    public void Text_from_tests_and_submissions_cannot_inject_markdown_or_html()
    {
        TestGrade[] tests = SampleGrades.Tests();
        tests[1] = tests[1] with
        {
            DisplayName = "<script>alert(1)</script> *bold* [link](http://x)",
            Message = "line 1\n```\n<script>alert(2)</script>",
        };
        SubmissionGrade grade = GradeCalculator.Calculate(
            SampleGrades.Result() with { StudentId = "<img src=x onerror=alert(3)>", Tests = tests, IgnoredFiles = ["# heading.txt", "1. list.txt"] },
            LatePolicy.None);
        string md = FeedbackMarkdown.Write(grade);
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.Contain("**&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[link\\](http://x)**"));
            Assert.That(md, Does.Contain("Hello &lt;img src=x onerror=alert(3)&gt;!"));
            // The message's own ``` cannot close the block: the fence is one backtick longer.
            Assert.That(md, Does.Contain("  ````text\n  line 1\n  ```\n  <script>alert(2)</script>\n  ````\n"));
            Assert.That(md, Does.Contain("- \\# heading.txt\n- 1\\. list.txt\n"));
            Assert.That(md.Replace("````text\n  line 1\n  ```\n  <script>alert(2)</script>", "", StringComparison.Ordinal), Does.Not.Contain("<script"));
        });
    }
}
