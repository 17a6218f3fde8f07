using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>
/// Turns a grade into runner results for <c>classroom-resources/autograding-grading-reporter</c>, split so that the
/// reporter's two totals always agree.
/// </summary>
/// <remarks>
/// The reporter's log table scores a runner as <c>passed / tests × max_score</c>, while the <c>Points X/Y</c> it sends
/// to Classroom adds up the tests' <c>score</c>s. Both agree when every test of a runner is worth the same points
/// <c>w</c> and scores <c>w</c> when it passes and 0 otherwise, because then <c>passed / n × (n·w) = passed · w</c>.
/// So each task becomes one runner per distinct test weight (<c>task1</c>, or <c>task2part1</c>, <c>task2part2</c>
/// when a task mixes weights). The split is checked by mirroring the reporter's arithmetic in doubles: a runner whose
/// two numbers would still differ in the last bit is split into one runner per test (<c>passed / 1 × w</c> is exact),
/// and if the grand totals would differ (points such as 0.1 that doubles cannot hold exactly), every test becomes its
/// own runner, so that both totals add the same numbers in the same order.
/// Classroom sees the test points before any late penalty: lateness is shown by Classroom itself.
/// </remarks>
public static class ClassroomReport
{
    /// <summary>The environment variable in <c>classroom.env</c> that lists the runner ids for the reporter's <c>runners</c> input.</summary>
    public const string RunnersVariable = "CLASSROOM_RUNNERS";

    /// <summary>One-line JSON that keeps characters such as ` and é readable (the text is base64-encoded anyway).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions _compactJson = new(GradeJson.Options) { WriteIndented = false };

    /// <summary>Builds the runners for one submission.</summary>
    /// <param name="grade">The submission's grade.</param>
    /// <param name="options">How much to reveal about hidden tests; <see langword="null"/> uses the defaults.</param>
    /// <returns>At least one runner; every runner has at least one test.</returns>
    public static IReadOnlyList<ClassroomRunner> Runners(SubmissionGrade grade, OutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grade);
        HiddenTestFeedback hidden = (options ?? new OutputOptions()).HiddenTests;
        if (grade.Tests.Count == 0)
        {
            return [NoTestsRunner(grade)];
        }

        int firstNotRun = grade.Tests.ToList().FindIndex(t => t.Outcome == TestOutcome.NotRun);
        var tests = grade.Tests.Select((test, index) => ClassroomTest.From(test, index, grade, hidden, withDiagnostics: index == firstNotRun)).ToList();
        List<(string Id, List<ClassroomTest> Tests)> split = SplitByTaskAndWeight(tests);
        if (!GrandTotalsAgree(split))
        {
            split = SplitByTest(tests);
        }

        return split.Select(runner => Runner(runner.Id, runner.Tests)).ToList();
    }

    /// <summary>One runner per task and test weight; a runner whose two reporter totals would differ is split into one runner per test.</summary>
    private static List<(string Id, List<ClassroomTest> Tests)> SplitByTaskAndWeight(List<ClassroomTest> tests)
    {
        var runners = new List<(string Id, List<ClassroomTest> Tests)>();
        foreach (IGrouping<int, ClassroomTest> task in tests.GroupBy(t => t.Task).OrderBy(g => g.Key))
        {
            var weights = task.GroupBy(t => t.Max).ToList();
            for (int k = 0; k < weights.Count; k++)
            {
                string id = weights.Count == 1
                    ? string.Create(CultureInfo.InvariantCulture, $"task{task.Key}")
                    : string.Create(CultureInfo.InvariantCulture, $"task{task.Key}part{k + 1}");
                var group = weights[k].ToList();
                if (RunnerTotalsAgree(group))
                {
                    runners.Add((id, group));
                }
                else
                {
                    runners.AddRange(group.Select((test, i) => (string.Create(CultureInfo.InvariantCulture, $"{id}test{i + 1}"), new List<ClassroomTest> { test })));
                }
            }
        }

        return runners;
    }

    /// <summary>One runner per test (<c>task1test1</c>, <c>task1test2</c>, …): both reporter totals then add the same numbers in the same order.</summary>
    private static List<(string Id, List<ClassroomTest> Tests)> SplitByTest(List<ClassroomTest> tests) =>
        tests.GroupBy(t => t.Task).OrderBy(g => g.Key)
            .SelectMany(task => task.Select((test, i) => (string.Create(CultureInfo.InvariantCulture, $"task{task.Key}test{i + 1}"), new List<ClassroomTest> { test })))
            .ToList();

    /// <summary>
    /// Mirrors the reporter's grand totals in IEEE doubles: the table adds each runner's <c>passed / n * max_score</c>;
    /// the notice adds every test's score, skipping runners whose <c>max_score</c> is 0.
    /// </summary>
    private static bool GrandTotalsAgree(List<(string Id, List<ClassroomTest> Tests)> runners)
    {
        double table = 0;
        double notice = 0;
        foreach ((string _, List<ClassroomTest> tests) in runners)
        {
            table += TableScore(tests);
            if (AsJavaScript(MaxScore(tests)) != 0)
            {
                foreach (ClassroomTest test in tests)
                {
                    notice += AsJavaScript(test.Score);
                }
            }
        }

        return table == notice;
    }

    /// <summary>
    /// The <c>classroom.env</c> text: a <c>CLASSROOM_RUNNERS=task1,task2</c> line, then one <c>TASK1_RESULTS=&lt;base64&gt;</c>
    /// line per runner. Append it to <c>$GITHUB_ENV</c> in a workflow step.
    /// </summary>
    /// <param name="runners">The runners from <see cref="Runners"/>.</param>
    /// <returns>The file's text, one <c>NAME=value</c> per line.</returns>
    public static string EnvironmentFile(IReadOnlyList<ClassroomRunner> runners)
    {
        ArgumentNullException.ThrowIfNull(runners);
        var env = new StringBuilder();
        env.Append(RunnersVariable).Append('=').AppendJoin(',', runners.Select(r => r.Id)).Append('\n');
        foreach (ClassroomRunner runner in runners)
        {
            env.Append(runner.EnvironmentVariable).Append('=').Append(runner.EncodedResult).Append('\n');
        }

        return env.ToString();
    }

    /// <summary>
    /// Mirrors the reporter in IEEE doubles, as JavaScript computes: the table's <c>passed / n * max_score</c> must equal
    /// the notice's running sum of scores, bit for bit.
    /// </summary>
    private static bool RunnerTotalsAgree(List<ClassroomTest> group)
    {
        double table = TableScore(group);
        double sum = 0;
        foreach (ClassroomTest test in group)
        {
            sum += AsJavaScript(test.Score);
        }

        return table == sum;
    }

    /// <summary>The reporter's table score of a runner: <c>passed / tests.length * max_score</c>, in doubles.</summary>
    private static double TableScore(List<ClassroomTest> tests) =>
        (double)tests.Count(t => t.Status == "pass") / tests.Count * AsJavaScript(MaxScore(tests));

    /// <summary>The double JavaScript's JSON.parse reads from the number text this grader writes.</summary>
    private static double AsJavaScript(decimal value) => double.Parse(Points.Normalize(value).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static decimal MaxScore(List<ClassroomTest> group) => Points.Normalize(group.Sum(t => t.Max));

    private static ClassroomRunner Runner(string id, List<ClassroomTest> tests)
    {
        string status = tests.Any(t => t.Status == "fail") ? "fail" : tests.Any(t => t.Status == "error") ? "error" : "pass";
        var result = new JsonObject
        {
            ["version"] = 1,
            ["status"] = status,
            ["max_score"] = MaxScore(tests),
            ["tests"] = new JsonArray(tests.Select(t => (JsonNode)t.ToJson()).ToArray()),
        };
        return new ClassroomRunner(id, result.ToJsonString(_compactJson));
    }

    private static ClassroomRunner NoTestsRunner(SubmissionGrade grade)
    {
        string message = FeedbackPlan.NoticeFor(grade.Status) ?? "No test results were recorded for this submission.";
        var test = new ClassroomTest("Grading", 0, 0m, "error", 0m, message, 0);
        return Runner("grading", [test]);
    }
}
