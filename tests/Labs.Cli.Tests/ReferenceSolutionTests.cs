using Labs.Grading.Results;

namespace Labs.Cli.Tests;

/// <summary>
/// <c>labs check</c>: every lab's own solution, handed in like a student's submission, gets full marks in the grader
/// (its visible and hidden tests work in the grader's test host, which runs from its own folder, not the tests').
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ReferenceSolutionTests
{
    [TestCase("intro", "intro: the reference solution gets 19 of 19 points in the grader (11 visible and 7 hidden tests pass).")]
    [TestCase("filtering", "filtering: the reference solution gets 40 of 40 points in the grader (20 visible and 19 hidden tests pass).")]
    public async Task Labs_check_gives_each_labs_solution_the_handouts_points(string lab, string verdict)
    {
        var (exitCode, console) = await LabsRun.RunAsync("check", "--lab", lab);

        var feedback = Path.Combine(Path.GetTempPath(), "labs-check", lab, "grades", "reference-solution", "feedback.html");
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), console);
            Assert.That(console.TrimEnd().Split('\n')[^1].TrimEnd(), Is.EqualTo(verdict));
            Assert.That(console, Does.Contain($"The solution's feedback: {feedback}\n"));
            Assert.That(File.Exists(feedback), Is.True, feedback);
        });
    }

    [Test]
    public async Task A_failing_test_is_listed_and_the_exit_code_is_1()
    {
        var grade = GradeCalculator.Calculate(
            new SubmissionResult
            {
                SubmissionId = "reference-solution",
                StudentId = "reference-solution",
                LabName = "blur",
                Status = SubmissionStatus.Graded,
                Tasks = [new LabTask(1, "Blur")],
                Tests =
                [
                    new TestGrade { FullName = "Lab.Tests.BlurTests.Keeps_the_mean", DisplayName = "Keeps the mean", Task = 1, Max = 2m, Earned = 2m, Outcome = TestOutcome.Passed },
                    new TestGrade { FullName = "Lab.Hidden.Tests.BlurGradingTests.Matches_scipy", DisplayName = "Matches scipy", Task = 1, Max = 3m, Earned = 0m, Outcome = TestOutcome.Failed, Message = "Expected 1 but was 2\nmore", IsHidden = true },
                ],
            },
            LatePolicy.None);
        using var output = new StringWriter();

        var exitCode = await CheckCommand.ReportAsync(grade, output);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output.ToString().ReplaceLineEndings("\n"), Is.EqualTo(
                "\nblur: the reference solution gets only 2 of 5 points in the grader\n"
                + "  Failed: Lab.Hidden.Tests.BlurGradingTests.Matches_scipy — Expected 1 but was 2\n"));
        });
    }

    [Test]
    public async Task Labs_check_without_a_lab_says_what_is_missing()
    {
        var (exitCode, console) = await LabsRun.RunAsync("check");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(console.Trim(), Is.EqualTo("labs check: --lab is missing, e.g. '--lab filtering'. 'labs check --help' explains each option."));
        });
    }
}
