using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Labs.Testing.Classroom;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Labs.Testing.Tests.Classroom;

/// <summary>
/// Runs SampleLab.Checks.Classroom in-process (the sample assembly carries <see cref="ClassroomResultsAttribute"/>, as a
/// lab's Lab.Tests does) and reads the classroom.env it writes.
/// </summary>
[NonParallelizable]
public sealed partial class ClassroomResultsAttributeTests
{
    private string _folder = "";

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("labs-classroom-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    // Worked out by hand from the sample tests:
    //   task 0: Untasked_and_unpointed, no [Points] so 1 point, passes;
    //   task 1: 1 + 1 points (one passes, one fails) and a 2-point test that passes; the ignored 3-point test is left out;
    //           two weights, so task1part1 (max 2) and task1part2 (max 2);
    //   task 2: one [Points(0.5)] method with two cases, one passing: one weight, so task2 (max 1).
    // Reporter table 1 + 1/2·2 + 1/1·2 + 1/2·1 = 4.5 and notice 1 + (1 + 0) + 2 + (0.5 + 0) = 4.5 of 6 points agree.
    private static readonly string[] ExpectedResults =
    [
        """{"version":1,"status":"pass","max_score":1,"tests":[{"name":"Untasked and unpointed","status":"pass","score":1,"message":"","test_code":"","filename":"","line_no":0,"duration":0}]}""",
        """{"version":1,"status":"fail","max_score":2,"tests":[{"name":"Adds the offset","status":"pass","score":1,"message":"","test_code":"","filename":"","line_no":0,"duration":0},{"name":"Clips at 255","status":"fail","score":0,"message":"Clipping is missing.","test_code":"","filename":"","line_no":0,"duration":0}]}""",
        """{"version":1,"status":"pass","max_score":2,"tests":[{"name":"Inverts dark and light","status":"pass","score":2,"message":"","test_code":"","filename":"","line_no":0,"duration":0}]}""",
        """{"version":1,"status":"fail","max_score":1,"tests":[{"name":"Threshold keeps(100)","status":"pass","score":0.5,"message":"","test_code":"","filename":"","line_no":0,"duration":0},{"name":"Threshold keeps(200)","status":"fail","score":0,"message":"Too high: 200","test_code":"","filename":"","line_no":0,"duration":0}]}""",
    ];

    [Test]
    public void A_run_with_failing_tests_writes_one_runner_per_task_and_weight()
    {
        var path = Path.Combine(_folder, "TestResults", "classroom.env");

        RunSamples(path);

        Assert.That(path, Does.Exist, "The variable names a file in a folder that does not exist yet: it is created.");
        var lines = File.ReadAllText(path).Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("CLASSROOM_RUNNERS=task0,task1part1,task1part2,task2"));
            Assert.That(lines.Skip(1).Select(l => l.Split('=', 2)[0]),
                Is.EqualTo(new[] { "TASK0_RESULTS", "TASK1PART1_RESULTS", "TASK1PART2_RESULTS", "TASK2_RESULTS", "" }),
                "One NAME=base64 line per runner, and the file ends with a line break.");
            Assert.That(lines.Skip(1).SkipLast(1).Select(l => WithoutDurations(Decode(l.Split('=', 2)[1]))), Is.EqualTo(ExpectedResults));
        });
    }

    [Test]
    public void Durations_are_whole_milliseconds()
    {
        var path = Path.Combine(_folder, "classroom.env");

        RunSamples(path);

        var durations = File.ReadAllText(path).Split('\n').Skip(1).SkipLast(1)
            .SelectMany(l => Duration().Matches(Decode(l.Split('=', 2)[1])).Select(m => m.Groups["ms"].Value))
            .ToList();
        Assert.That(durations, Has.Count.EqualTo(6).And.All.Match("^[0-9]+$"));
    }

    [Test]
    public void Without_the_variable_nothing_is_written_and_the_run_is_unharmed()
    {
        var before = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_folder);
        try
        {
            var result = RunSamples(path: null);

            Assert.Multiple(() =>
            {
                Assert.That(Directory.EnumerateFileSystemEntries(_folder), Is.Empty);
                Assert.That(result.ResultState.Site, Is.Not.EqualTo(FailureSite.TearDown), result.Message);
            });
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }
    }

    [Test]
    public void The_log_line_says_how_many_points_went_where()
    {
        var result = RunSamples(path: null, "<filter><namespace>SampleLab.Checks.Classroom</namespace></filter>");
        var path = Path.Combine(_folder, "classroom.env");

        Assert.That(ClassroomResultsAttribute.Write(path, result),
            Is.EqualTo($"Points for GitHub Classroom: 4.5 of 6 from 6 test(s), written to {path}."));
    }

    [Test]
    public void A_relative_path_is_refused_with_the_fix()
    {
        var result = RunSamples(path: null);

        Assert.That(() => ClassroomResultsAttribute.Write("classroom.env", result), Throws.InvalidOperationException.With.Message.EqualTo(
            "LABS_CLASSROOM_ENV=classroom.env is not an absolute path; the tests run in their build folder, so name the file in full, e.g. LABS_CLASSROOM_ENV=\"$PWD/TestResults/classroom.env\"."));
    }

    [Test]
    public void A_relative_path_leaves_the_test_run_unharmed()
    {
        var result = RunSamples("classroom.env");

        Assert.That(result.ResultState.Site, Is.Not.EqualTo(FailureSite.TearDown), result.Message);
    }

    [Test]
    public void A_run_of_ignored_tests_only_still_gives_the_reporter_a_runner()
    {
        var path = Path.Combine(_folder, "classroom.env");

        RunSamples(path, "<filter><test>SampleLab.Checks.Classroom.BrightnessSamples.Gamma_is_not_graded</test></filter>");

        var lines = File.ReadAllText(path).Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("CLASSROOM_RUNNERS=tests"));
            Assert.That(Decode(lines[1].Split('=', 2)[1]), Is.EqualTo(
                """{"version":1,"status":"error","max_score":0,"tests":[{"name":"No test ran","status":"error","score":0,"message":"The test run held no test result: check the test step's log.","test_code":"","filename":"","line_no":0,"duration":0}]}"""));
        });
    }

    /// <summary>Runs the Classroom samples with LABS_CLASSROOM_ENV set to <paramref name="path"/> (unset when null); returns the assembly's result.</summary>
    private static ITestResult RunSamples(string? path, string filter = "<filter><namespace>SampleLab.Checks.Classroom</namespace></filter>")
    {
        var before = Environment.GetEnvironmentVariable(ClassroomResultsAttribute.EnvironmentVariable);
        Environment.SetEnvironmentVariable(ClassroomResultsAttribute.EnvironmentVariable, path);
        try
        {
            var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
            runner.Load(Assembly.Load("SampleLab.Checks"), new Dictionary<string, object>());
            return runner.Run(TestListener.NULL, TestFilter.FromXml(filter));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ClassroomResultsAttribute.EnvironmentVariable, before);
        }
    }

    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));

    private static string WithoutDurations(string json) => Duration().Replace(json, "\"duration\":0");

    [GeneratedRegex("\"duration\":(?<ms>[^,}]+)")]
    private static partial Regex Duration();
}
