namespace Labs.Cli.Tests;

/// <summary>Mistakes on the command line stop the command with exit code 2 and a message that names the input and the fix.</summary>
public sealed class UsageTests
{
    [Test]
    public async Task An_unknown_lab_name_lists_the_labs_there_are()
    {
        var (exitCode, console) = await LabsRun.GradeAsync("--lab", "filterin", "--submissions", "examples/submissions/filtering", "--out", "artifacts/unused");
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(console, Does.StartWith($"labs grade: --lab filterin: {Path.Combine(Repository.Root, "templates", "filterin")} is not a lab folder (it has no Lab/ folder). Labs in {Path.Combine(Repository.Root, "templates")}: filtering, intro."));
        });
    }

    [Test]
    public async Task A_missing_option_is_named_with_an_example()
    {
        var (exitCode, console) = await LabsRun.GradeAsync("--lab", "filtering", "--submissions", "examples/submissions/filtering");
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(console, Is.EqualTo("labs grade: --out is missing, e.g. '--out artifacts/grades'. 'labs grade --help' explains each option." + Environment.NewLine));
        });
    }

    [Test]
    public async Task A_wrong_parallelism_is_refused()
    {
        var (exitCode, console) = await LabsRun.GradeAsync("--lab", "filtering", "--parallel", "0");
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(console, Does.StartWith("labs grade: --parallel 0 is not a number of submissions: use a whole number of at least 1, e.g. --parallel 2."));
        });
    }

    [Test]
    public async Task Help_describes_the_grade_command()
    {
        using var output = new StringWriter();
        var exitCode = await LabsCommand.RunAsync(["grade", "--help"], output, output);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0));
            Assert.That(output.ToString(), Does.Contain("labs grade --lab filtering --submissions examples/submissions/filtering --out artifacts/grades"));
        });
    }
}
