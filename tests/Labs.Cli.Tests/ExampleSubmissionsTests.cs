using System.Text;
using System.Text.Json;

namespace Labs.Cli.Tests;

/// <summary>
/// Runs the README's main command once, in-process, over examples/submissions/filtering and checks every example's grade.
/// The filtering lab is worth 40 points, as its handout says: the visible tests (the lab's own, never the student's copy)
/// give 20 and the hidden tests 20. Per task, visible + hidden:
/// task 1 (correlation) 3 + 4, task 2 (convolution) 2 + 2, task 3 (separable) 2 + 2, task 4 (moving average) 2 + 2,
/// task 5 (Sobel) 4 + 2 (two visible tests and one hidden test use the magnitude), task 6 (Gaussian) 3 + 3,
/// task 7 (difference of Gaussians) 2 + 2, task 8 (spot detector) 2 + 3.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ExampleSubmissionsTests
{
    private const string Lab = "filtering";
    private static readonly string[] Examples =
        ["cheat-assert-pass", "cheat-edited-tests", "compile-error", "crash", "exception", "full-marks", "infinite-loop", "late", "partial"];

    private string _out = null!;
    private string _console = "";
    private int _exitCode;

    [OneTimeSetUp]
    public async Task GradeTheExamples()
    {
        _out = Directory.CreateTempSubdirectory("labs-cli-grades-").FullName;
        (_exitCode, _console) = await LabsRun.GradeAsync("--lab", Lab, "--submissions", "examples/submissions/filtering", "--out", _out);
        await TestContext.Progress.WriteLineAsync(_console);
    }

    [OneTimeTearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public void Grading_completes_with_exit_code_0_even_though_students_fail() => Assert.That(_exitCode, Is.EqualTo(0), _console);

    [TestCase("full-marks", 40, "graded")] // the reference solution
    [TestCase("partial", 19, "graded")] // tasks 1–4 done: (3 + 4) + (2 + 2) + (2 + 2) + (2 + 2)
    [TestCase("compile-error", 0, "compileError")]
    [TestCase("exception", 36, "graded")] // task 4's tests throw: 40 − (2 + 2)
    [TestCase("infinite-loop", 35, "graded")] // task 8's tests time out: 40 − (2 + 3)
    [TestCase("crash", 37, "graded")] // the three tests that use the Sobel magnitude overflow the stack: 40 − 3
    [TestCase("cheat-assert-pass", 0, "compileError")] // reflection is LAB002 at compile time
    [TestCase("cheat-edited-tests", 11, "graded")] // only its own correlation and convolution count: (3 + 4) + (2 + 2)
    [TestCase("late", 32, "graded")] // 40 points, 2 days late at 10 % per day: 40 − 8
    public void Each_example_gets_its_total_and_status(string example, decimal total, string status)
    {
        using var grade = GradeOf(example);
        Assert.Multiple(() =>
        {
            Assert.That(grade.RootElement.GetProperty("total").GetDecimal(), Is.EqualTo(total));
            Assert.That(grade.RootElement.GetProperty("max").GetDecimal(), Is.EqualTo(40m));
            Assert.That(grade.RootElement.GetProperty("status").GetString(), Is.EqualTo(status));
        });
    }

    [Test]
    public void The_visible_tests_count_like_the_handout_says_and_are_not_hidden()
    {
        using var grade = GradeOf("full-marks");
        var tests = grade.RootElement.GetProperty("tests").EnumerateArray()
            .Select(t => (Name: t.GetProperty("fullName").GetString()!, Hidden: t.GetProperty("isHidden").GetBoolean(), Max: t.GetProperty("max").GetDecimal()))
            .ToList();
        var handout = File.ReadAllText(Path.Combine(Repository.Root, "templates", Lab, "README.md"));
        Assert.Multiple(() =>
        {
            var visible = tests.Where(t => t.Name.StartsWith("Lab.Tests.", StringComparison.Ordinal)).ToList();
            var hidden = tests.Where(t => t.Name.StartsWith("Lab.Hidden.Tests.", StringComparison.Ordinal)).ToList();
            Assert.That(visible.Select(t => t.Hidden), Has.All.False);
            Assert.That(hidden.Select(t => t.Hidden), Has.All.True);
            Assert.That((visible.Count, hidden.Count, visible.Sum(t => t.Max), hidden.Sum(t => t.Max)), Is.EqualTo((20, 19, 20m, 20m)));
            Assert.That(handout, Does.Contain($"{tests.Sum(t => t.Max)} points"));
        });
    }

    [Test]
    public void The_gradebook_has_one_row_per_example_with_its_total()
    {
        var lines = File.ReadAllLines(Path.Combine(_out, "gradebook.csv"));
        var header = lines[0].Split(',');
        var total = Array.IndexOf(header, "Total");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[1], r => r[total]);
        Assert.Multiple(() =>
        {
            Assert.That(rows.Keys, Is.EquivalentTo(Examples));
            Assert.That(rows["full-marks"], Is.EqualTo("40"));
            Assert.That(rows["late"], Is.EqualTo("32"));
            Assert.That(rows["compile-error"], Is.EqualTo("0"));
        });
    }

    [Test]
    public void A_compile_error_is_feedback_with_the_compilers_message_and_a_student_relative_path()
    {
        using var grade = GradeOf("compile-error");
        Assert.That(
            grade.RootElement.GetProperty("statusMessage").GetString(),
            Is.EqualTo("Your code did not compile, so none of the tests could run:\nLab/Filtering.Sobel.cs(65,22): error CS1002: ; expected"));
    }

    [Test]
    public void The_summary_table_names_the_first_compiler_error_and_counts_the_failures()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_console, Does.Contain("compile-error | compile-error | 0/40 | CompileError |  | Lab/Filtering.Sobel.cs(65,22): CS1002 ; expected"));
            Assert.That(_console, Does.Contain("infinite-loop | infinite-loop | 35/40 | Graded |  | 5 TimedOut"));
        });
    }

    [Test]
    public void An_endless_loop_times_out_only_the_tests_that_meet_it()
    {
        var tests = TestsOf("infinite-loop");
        var timedOut = tests.Where(t => t.Outcome == "timedOut").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(timedOut.Select(t => t.Name), Is.EquivalentTo(new[]
            {
                "Lab.Hidden.Tests.SpotDetectorGradingTests.Finds_every_local_maximum_of_the_retina_image_like_the_reference",
                "Lab.Hidden.Tests.SpotDetectorGradingTests.Finds_spots_in_a_corner_and_on_the_edges",
                "Lab.Hidden.Tests.SpotDetectorGradingTests.Finds_the_two_microaneurysms_of_the_retina_image",
                "Lab.Tests.SpotDetectorTests.Blobs_whose_response_is_below_the_threshold_are_left_out",
                "Lab.Tests.SpotDetectorTests.Finds_three_blobs_at_their_centres_strongest_first",
            }));
            Assert.That(timedOut.Select(t => t.Message), Has.All.EqualTo(
                "The test did not finish within 3 s and was stopped. Look for a loop that never ends, or code that is far too slow."));
            Assert.That(tests.Where(t => t.Outcome != "timedOut").Select(t => t.Outcome), Has.All.EqualTo("passed"));
        });
    }

    [Test]
    public void A_stack_overflow_fails_its_test_and_keeps_every_other_result()
    {
        var tests = TestsOf("crash");
        var crashed = tests.Where(t => t.Outcome != "passed").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(crashed.Select(t => t.Name), Is.EquivalentTo(new[]
            {
                "Lab.Hidden.Tests.SobelGradingTests.Sobel_magnitude_matches_scipy_for_every_condition",
                "Lab.Tests.SobelTests.Camera_detail_edges_are_the_Sobel_magnitude_divided_by_4",
                "Lab.Tests.SobelTests.Magnitude_of_a_tilted_plane_is_the_length_of_the_gradient",
            }));
            Assert.That(crashed.Select(t => t.Outcome), Has.All.EqualTo("crashed"));
            Assert.That(crashed.Select(t => t.Message), Has.All.EqualTo(
                "The test program crashed with a stack overflow: a method kept calling itself. Check that your recursion reaches a case that stops it."));
        });
    }

    [Test]
    public void An_exception_in_one_method_fails_the_tests_of_that_method_with_the_exception()
    {
        var failed = TestsOf("exception").Where(t => t.Outcome != "passed").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(failed.Select(t => t.Name), Has.All.StartsWith("Lab.Hidden.Tests.MovingAverageGradingTests.").Or.StartsWith("Lab.Tests.MovingAverageTests."));
            Assert.That(failed, Has.Count.EqualTo(4));
            Assert.That(failed.Select(t => t.Outcome), Has.All.EqualTo("error"));
            Assert.That(failed.Select(t => t.Message), Has.All.Contains("Your code threw IndexOutOfRangeException"));
        });
    }

    [Test]
    public void Calling_Assert_Pass_through_reflection_does_not_compile()
    {
        using var grade = GradeOf("cheat-assert-pass");
        Assert.That(
            grade.RootElement.GetProperty("statusMessage").GetString(),
            Does.Contain("Lab/Filtering.Sobel.cs(24,27): error LAB002: System.Type.GetType is not allowed in lab code"));
    }

    [Test]
    public void Edited_tests_and_fake_result_files_are_ignored_and_listed()
    {
        using var grade = GradeOf("cheat-edited-tests");
        var ignored = grade.RootElement.GetProperty("ignoredFiles").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.That(ignored, Is.EquivalentTo(new[]
        {
            "changed test file Lab.Hidden.Tests/SobelGradingTests.cs — ignored: tests are not part of your submission",
            "changed test file Lab.Tests/CorrelationTests.cs — ignored: tests are not part of your submission",
            "extra file grade.json — ignored: only Lab/**/*.cs is part of your submission",
            "extra file results.trx — ignored: only Lab/**/*.cs is part of your submission",
        }));
    }

    [Test]
    public void Every_test_of_an_unfinished_method_says_it_is_not_implemented_yet()
    {
        // cheat-edited-tests implements only tasks 1 and 2; argument checks of stubs (Gaussian σ, moving-average size) included.
        var failed = TestsOf("cheat-edited-tests").Where(t => t.Outcome != "passed").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(failed, Has.Count.EqualTo(29));
            Assert.That(failed.Select(t => t.Outcome), Has.All.EqualTo("notImplemented"));
            Assert.That(failed.Select(t => t.Message), Has.All.Match(@"^`(Filtering|SpotDetector)\.\w+` is not implemented yet \((Filtering\.\w+|SpotDetector)\.cs, task [3-8]\)\.$"));
        });
    }

    [Test]
    public void Late_work_is_graded_and_the_feedback_explains_the_penalty()
    {
        using var grade = GradeOf("late");
        var late = grade.RootElement.GetProperty("late");
        Assert.Multiple(() =>
        {
            Assert.That(late.GetProperty("daysLate").GetInt32(), Is.EqualTo(2)); // 2026-03-16 10:00 vs deadline 2026-03-14 23:59: 1 day 10 h, 2 started days
            Assert.That(File.ReadAllText(Path.Combine(_out, "late", "feedback.md")), Does.Contain(
                "Submitted 2 days late. The late policy deducts 10% of the points per day late, so 20% (8 points) was deducted from your 40 points."));
        });
    }

    [Test]
    public void Every_example_has_all_outputs_and_they_match_their_schemas()
    {
        Assert.Multiple(() =>
        {
            foreach (var example in Examples)
            {
                var folder = Path.Combine(_out, example);
                foreach (var file in new[] { "grade.json", "feedback.md", "feedback.html", "results.json", "classroom.env" })
                {
                    Assert.That(File.Exists(Path.Combine(folder, file)), Is.True, $"{example}/{file}");
                }

                Assert.That(SchemaFiles.Errors(SchemaFiles.Grade, File.ReadAllText(Path.Combine(folder, "grade.json"))), Is.Empty, example);
                Assert.That(SchemaFiles.Errors(SchemaFiles.Gradescope, File.ReadAllText(Path.Combine(folder, "results.json"))), Is.Empty, example);
                foreach (var line in File.ReadAllLines(Path.Combine(folder, "classroom.env")).Where(l => l.Contains("_RESULTS=", StringComparison.Ordinal)))
                {
                    var json = Encoding.UTF8.GetString(Convert.FromBase64String(line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]));
                    Assert.That(SchemaFiles.Errors(SchemaFiles.Classroom, json), Is.Empty, $"{example}: {line[..line.IndexOf('=', StringComparison.Ordinal)]}");
                }
            }
        });
    }

    [Test]
    public async Task Running_again_skips_every_graded_submission()
    {
        var before = Examples.ToDictionary(e => e, e => File.GetLastWriteTimeUtc(Path.Combine(_out, e, "grade.json")));
        var (exitCode, console) = await LabsRun.GradeAsync("--lab", Lab, "--submissions", "examples/submissions/filtering", "--out", _out);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), console);
            Assert.That(console, Does.Contain("9 submission(s), 9 already graded, 0 to grade."));
            Assert.That(Examples.Select(e => File.GetLastWriteTimeUtc(Path.Combine(_out, e, "grade.json"))), Is.EqualTo(before.Values));
        });
    }

    [Test]
    public async Task Force_grades_again()
    {
        var submissions = Directory.CreateTempSubdirectory("labs-cli-force-").FullName;
        var output = Directory.CreateTempSubdirectory("labs-cli-force-grades-").FullName;
        try
        {
            LabsRun.CopyFolder(Path.Combine(Repository.Root, "examples", "submissions", Lab, "compile-error"), Path.Combine(submissions, "compile-error"));
            LabsRun.CopyFolder(Path.Combine(_out, "compile-error"), Path.Combine(output, "compile-error"));
            var (_, first) = await LabsRun.GradeAsync("--lab", Lab, "--submissions", submissions, "--out", output);
            var (exitCode, forced) = await LabsRun.GradeAsync("--lab", Lab, "--submissions", submissions, "--out", output, "--force");
            Assert.Multiple(() =>
            {
                Assert.That(first, Does.Contain("1 submission(s), 1 already graded, 0 to grade."));
                Assert.That(exitCode, Is.EqualTo(0), forced);
                Assert.That(forced, Does.Contain("1 submission(s), 0 already graded, 1 to grade."));
                Assert.That(forced, Does.Contain("[1/1]"));
            });
        }
        finally
        {
            Directory.Delete(submissions, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }

    private JsonDocument GradeOf(string example) => JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, example, "grade.json")));

    private List<(string Name, string Outcome, string Message)> TestsOf(string example)
    {
        using var grade = GradeOf(example);
        return [.. grade.RootElement.GetProperty("tests").EnumerateArray().Select(t => (
            t.GetProperty("fullName").GetString()!,
            t.GetProperty("outcome").GetString()!,
            t.TryGetProperty("message", out var m) ? m.GetString() ?? "" : ""))];
    }
}
