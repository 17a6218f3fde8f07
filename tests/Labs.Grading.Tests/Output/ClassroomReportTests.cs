using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Labs.Grading.Output;
using Labs.Grading.Results;
using Labs.Testing.Classroom;

namespace Labs.Grading.Tests.Output;

public sealed class ClassroomReportTests
{
    private static ClassroomReporter Report(SubmissionGrade grade, OutputOptions? options = null) =>
        ClassroomReporter.FromEnvironmentFile(
            ClassroomReport.EnvironmentFile(ClassroomReport.Runners(grade, options)), ClassroomReport.RunnersVariable);

    private static SubmissionGrade WithTests(params TestGrade[] tests) =>
        GradeCalculator.Calculate(SampleGrades.Result() with { Tests = tests }, LatePolicy.None);

    private static TestGrade Test(int task, int index, decimal max, bool passed) => new()
    {
        FullName = $"T{task}.Test{index}",
        DisplayName = $"Test {task}.{index}",
        Task = task,
        Max = max,
        Earned = passed ? max : 0m,
        Outcome = passed ? TestOutcome.Passed : TestOutcome.Failed,
        Message = passed ? "" : "wrong",
    };

    // Task 2 holds a failed 3-point test and a passed 1-point test. As ONE runner the table would say
    // 1 passed / 2 tests × 4 = 2 points while the notice adds the scores 0 + 1 = 1 point.
    [Test]
    public void One_runner_per_task_would_disagree_when_its_tests_carry_unequal_points()
    {
        string naive = """
            {"version":1,"status":"fail","max_score":4,"tests":[
              {"name":"Sobel x","status":"fail","score":0,"message":"","test_code":"","filename":"","line_no":0,"duration":1},
              {"name":"Gradient magnitude","status":"pass","score":1,"message":"","test_code":"","filename":"","line_no":0,"duration":5}]}
            """;
        string env = $"{ClassroomReport.RunnersVariable}=task2\nTASK2_RESULTS={Convert.ToBase64String(Encoding.UTF8.GetBytes(naive))}\n";
        ClassroomReporter reporter = ClassroomReporter.FromEnvironmentFile(env, ClassroomReport.RunnersVariable);
        Assert.Multiple(() =>
        {
            Assert.That(reporter.TableTotal(), Is.EqualTo(2.0));
            Assert.That(reporter.Notice().TotalPoints, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void Tasks_with_unequal_points_are_split_by_weight_and_both_totals_agree()
    {
        SubmissionGrade grade = SampleGrades.Graded();
        ClassroomReporter reporter = Report(grade);
        Assert.Multiple(() =>
        {
            Assert.That(reporter.Runners.Select(r => r.Runner).ToArray(), Is.EqualTo(new[] { "task1", "task2part1", "task2part2" }));
            Assert.That(reporter.TableTotal(), Is.EqualTo(3.0), "log table");
            Assert.That(reporter.Notice(), Is.EqualTo((3.0, 8.0)), "Points 3/8 notice");
        });
    }

    [Test]
    public void Both_totals_agree_for_many_mixes_of_weights_and_results()
    {
        decimal[] weights = [0.5m, 1m, 1.5m, 2m, 3m, 0.25m, 4m];
        for (int seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            TestGrade[] tests = Enumerable.Range(0, random.Next(1, 25))
                .Select(i => Test(random.Next(1, 4), i, weights[random.Next(weights.Length)], random.Next(2) == 0))
                .ToArray();
            SubmissionGrade grade = WithTests(tests);
            ClassroomReporter reporter = Report(grade);
            Assert.Multiple(() =>
            {
                Assert.That(reporter.TableTotal(), Is.EqualTo(reporter.Notice().TotalPoints), $"seed {seed}");
                Assert.That(reporter.Notice().TotalPoints, Is.EqualTo((double)grade.Earned), $"seed {seed}");
                Assert.That(reporter.Notice().MaxPoints, Is.EqualTo((double)grade.Max), $"seed {seed}");
                foreach ((string runner, JsonElement results) in reporter.Runners)
                {
                    double scores = results.GetProperty("tests").EnumerateArray().Sum(t => t.GetProperty("score").GetDouble());
                    Assert.That(ClassroomReporter.TableScore(results), Is.EqualTo(scores), $"seed {seed}, runner {runner}");
                }
            });
        }
    }

    // 1 passed of 49 one-point tests: the table computes 1 / 49 * 49 = 0.9999999999999999 in doubles, not 1.
    [Test]
    public void A_runner_whose_totals_would_differ_in_the_last_bit_is_split_per_test()
    {
        Assume.That(1.0 / 49 * 49, Is.Not.EqualTo(1.0));
        TestGrade[] tests = Enumerable.Range(1, 49).Select(i => Test(1, i, 1m, passed: i == 7)).ToArray();
        ClassroomReporter reporter = Report(WithTests(tests));
        Assert.Multiple(() =>
        {
            Assert.That(reporter.Runners, Has.Count.EqualTo(49));
            Assert.That(reporter.Runners[0].Runner, Is.EqualTo("task1test1"));
            Assert.That(reporter.TableTotal(), Is.EqualTo(1.0));
            Assert.That(reporter.Notice(), Is.EqualTo((1.0, 49.0)));
        });
    }

    // 0.1 + 0.1 + 0.1 = 0.30000000000000004 in doubles, but the table's 3 / 3 * 0.3 = 0.3: that runner is split per test.
    [Test]
    public void A_runner_of_points_that_doubles_cannot_hold_exactly_is_split_per_test()
    {
        Assume.That(0.1 + 0.1 + 0.1, Is.Not.EqualTo(3.0 / 3 * 0.3));
        TestGrade[] tests = [Test(1, 1, 0.1m, true), Test(1, 2, 0.1m, true), Test(1, 3, 0.1m, true), Test(2, 1, 0.2m, true)];
        ClassroomReporter reporter = Report(WithTests(tests));
        Assert.Multiple(() =>
        {
            Assert.That(reporter.TableTotal(), Is.EqualTo(reporter.Notice().TotalPoints));
            Assert.That(reporter.Runners.Select(r => r.Runner).ToArray(), Is.EqualTo(new[] { "task1test1", "task1test2", "task1test3", "task2" }));
        });
    }

    // Task 1 = 0.3 + 0.3 + 0.7 + 0.2 + 0.7, all passed. Split by weight, each runner agrees on its own, but the table adds
    // (0.6 + 1.4) + 0.2 = 2.2 while the notice adds 0.3 + 0.3 + 0.7 + 0.7 + 0.2 = 2.1999999999999997 (found by a search
    // in Python doubles). Then every test gets its own runner, and both add the same numbers in the same order.
    [Test]
    public void When_grand_totals_would_differ_every_test_gets_its_own_runner()
    {
        TestGrade[] tests = [Test(1, 1, 0.3m, true), Test(1, 2, 0.3m, true), Test(1, 3, 0.7m, true), Test(1, 4, 0.2m, true), Test(1, 5, 0.7m, true)];
        ClassroomReporter reporter = Report(WithTests(tests));
        Assert.Multiple(() =>
        {
            Assert.That(reporter.Runners.Select(r => r.Runner).ToArray(), Is.EqualTo(new[] { "task1test1", "task1test2", "task1test3", "task1test4", "task1test5" }));
            Assert.That(reporter.TableTotal(), Is.EqualTo(reporter.Notice().TotalPoints));
        });
    }

    [Test]
    public void Runner_ids_fit_the_reporters_runners_input()
    {
        string env = ClassroomReport.EnvironmentFile(ClassroomReport.Runners(SampleGrades.Graded()));
        string runners = env.Split('\n')[0]["CLASSROOM_RUNNERS=".Length..];
        Assert.Multiple(() =>
        {
            // The pattern the reporter itself checks when its input is wrong.
            Assert.That(Regex.IsMatch(runners, "^([a-zA-Z0-9]+,)*[a-zA-Z0-9]+$"), Is.True, runners);
            Assert.That(env, Does.StartWith("CLASSROOM_RUNNERS=task1,task2part1,task2part2\nTASK1_RESULTS="));
        });
    }

    [Test]
    public void Every_runner_result_matches_the_reporters_format()
    {
        SubmissionGrade[] grades = [SampleGrades.Graded(), SampleGrades.CompileError(), WithTests()];
        foreach (ClassroomRunner runner in grades.SelectMany(g => ClassroomReport.Runners(g)))
        {
            Assert.That(SchemaFiles.Errors(SchemaFiles.Classroom, runner.ResultJson), Is.Empty, runner.Id);
        }
    }

    [Test]
    public void A_runner_result_has_the_fields_of_the_reporters_own_graders()
    {
        ClassroomRunner runner = ClassroomReport.Runners(SampleGrades.Graded())[1];
        Assert.Multiple(() =>
        {
            Assert.That(runner.Id, Is.EqualTo("task2part1"));
            Assert.That(runner.EnvironmentVariable, Is.EqualTo("TASK2PART1_RESULTS"));
            Assert.That(runner.ResultJson, Is.EqualTo(
                """{"version":1,"status":"fail","max_score":3,"tests":[{"name":"Sobel x","status":"fail","score":0,"message":"`Filters.SobelX` is not implemented yet (Filters.cs, task 2).","test_code":"","filename":"","line_no":0,"duration":1}]}"""));
            Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(runner.EncodedResult)), Is.EqualTo(runner.ResultJson));
        });
    }

    [Test]
    public void Code_that_did_not_compile_reports_errors_with_the_compiler_messages()
    {
        IReadOnlyList<ClassroomRunner> runners = ClassroomReport.Runners(SampleGrades.CompileError());
        JsonElement first = JsonDocument.Parse(runners[0].ResultJson).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(runners.Select(r => JsonDocument.Parse(r.ResultJson).RootElement.GetProperty("status").GetString()), Is.All.EqualTo("error"));
            Assert.That(first.GetProperty("tests")[0].GetProperty("message").GetString(), Is.EqualTo(
                "Your code did not compile, so no test could run. Fix the compiler errors below and submit again.\nLab/Filters.cs(12,5): error CS1002: ; expected"));
        });
    }

    [Test]
    public void A_grade_without_tests_still_gives_the_reporter_one_runner()
    {
        SubmissionGrade grade = GradeCalculator.Calculate(
            SampleGrades.Result() with { Status = SubmissionStatus.NoSourceFiles, Tests = [] }, LatePolicy.None);
        ClassroomRunner runner = ClassroomReport.Runners(grade).Single();
        Assert.Multiple(() =>
        {
            Assert.That(runner.Id, Is.EqualTo("grading"));
            Assert.That(runner.ResultJson, Does.Contain("\"status\":\"error\""));
        });
    }

    [Test]
    public void Hidden_details_follow_the_instructors_choice()
    {
        string outcome = string.Join("", ClassroomReport.Runners(SampleGrades.Graded(), new OutputOptions { HiddenTests = HiddenTestFeedback.Outcome }).Select(r => r.ResultJson));
        string totals = string.Join("", ClassroomReport.Runners(SampleGrades.Graded(), new OutputOptions { HiddenTests = HiddenTestFeedback.TaskTotals }).Select(r => r.ResultJson));
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Does.Contain("\"name\":\"Box blur at the border\",\"status\":\"fail\",\"score\":0,\"message\":\"failed\""));
            Assert.That(outcome, Does.Not.Contain("Expected 0.5"));
            Assert.That(totals, Does.Not.Contain("Box blur at the border"));
            Assert.That(totals, Does.Contain("\"name\":\"Hidden test 2\""));
        });
    }
}
