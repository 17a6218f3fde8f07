using Labs.Grading.Output;
using Labs.Grading.Results;

namespace Labs.Cli.Tests;

/// <summary><c>labs gradebook</c>: one gradebook.csv from the grade.json files that separate grading runs wrote.</summary>
public sealed class GradebookCommandTests
{
    private string _grades = "";

    [SetUp]
    public void MakeFolder() => _grades = Directory.CreateTempSubdirectory("labs-gradebook-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_grades, recursive: true);

    [Test]
    public async Task The_gradebook_has_a_row_per_grade_json_written_by_separate_runs()
    {
        // Two runs, one per student repository, as the instructor workflow's grading jobs make them.
        OutputWriter.WriteSubmission(_grades, Grade("lab2-bob", passed: false));
        OutputWriter.WriteSubmission(_grades, Grade("lab2-alice", passed: true));
        Directory.CreateDirectory(Path.Combine(_grades, "stray-folder"));
        var book = Path.Combine(_grades, "out", "book.csv");

        var (exitCode, console) = await RunAsync("--grades", _grades, "--out", book);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), console);
            Assert.That(console, Is.EqualTo($"Gradebook of 2 submission(s): {book}" + Environment.NewLine));
            Assert.That(File.ReadAllText(book), Is.EqualTo(
                "Student ID,Submission,Task 1: Blur (2),Task 2: Edges (1),Total,Max,Late,Days late,Status\r\n"
                + "lab2-alice,lab2-alice,2,1,3,3,no,0,graded\r\n"
                + "lab2-bob,lab2-bob,0,1,1,3,no,0,graded\r\n"));
        });
    }

    [Test]
    public async Task Without_out_the_gradebook_goes_into_the_grades_folder()
    {
        OutputWriter.WriteSubmission(_grades, Grade("lab2-alice", passed: true));

        var (exitCode, console) = await RunAsync("--grades", _grades);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), console);
            Assert.That(Path.Combine(_grades, "gradebook.csv"), Does.Exist);
        });
    }

    [Test]
    public async Task A_folder_without_grades_is_refused_with_the_fix()
    {
        Directory.CreateDirectory(Path.Combine(_grades, "lab2-alice"));

        var (exitCode, console) = await RunAsync("--grades", _grades);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(console, Is.EqualTo($"labs gradebook: --grades {_grades}: no sub-folder holds a readable grade.json. Give the folder that 'labs grade --out' wrote, with one folder per submission." + Environment.NewLine));
        });
    }

    [Test]
    public async Task A_missing_grades_option_is_named_with_an_example()
    {
        var (exitCode, console) = await RunAsync("--out", "book.csv");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(console, Is.EqualTo("labs gradebook: --grades is missing, e.g. '--grades artifacts/grades'. 'labs gradebook --help' explains each option." + Environment.NewLine));
        });
    }

    [Test]
    public async Task The_labs_help_lists_the_gradebook_command()
    {
        using var output = new StringWriter();
        var exitCode = await LabsCommand.RunAsync(["--help"], output, output);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0));
            Assert.That(output.ToString(), Does.Contain("labs gradebook --grades <folder> [--out <file>]"));
        });
    }

    private static Task<(int ExitCode, string Console)> RunAsync(params string[] args) => LabsRun.RunAsync(["gradebook", .. args]);

    /// <summary>Task 1: a 2-point test that passes or fails; task 2: a 1-point test that passes. So 3 or 1 of 3 points.</summary>
    private static SubmissionGrade Grade(string id, bool passed) => GradeCalculator.Calculate(
        new SubmissionResult
        {
            SubmissionId = id,
            StudentId = id,
            LabName = "filtering",
            Status = SubmissionStatus.Graded,
            Tasks = [new LabTask(1, "Blur"), new LabTask(2, "Edges")],
            Tests =
            [
                new TestGrade { FullName = "T.Blur", DisplayName = "Blur", Task = 1, Max = 2m, Earned = passed ? 2m : 0m, Outcome = passed ? TestOutcome.Passed : TestOutcome.Failed },
                new TestGrade { FullName = "T.Edges", DisplayName = "Edges", Task = 2, Max = 1m, Earned = 1m, Outcome = TestOutcome.Passed },
            ],
        },
        LatePolicy.None);
}
