using System.Globalization;
using System.Text;

namespace Labs.Testing.Classroom;

/// <summary>
/// Splits test results into runners for <c>classroom-resources/autograding-grading-reporter</c> so that the reporter's
/// two totals always agree, and writes them as <c>classroom.env</c>. Used by the grader (hidden tests) and by
/// <see cref="ClassroomResultsAttribute"/> (a lab's visible tests in the student's workflow), so both report alike.
/// </summary>
/// <remarks>
/// The reporter's log table scores a runner as <c>passed / tests × max_score</c>, while the <c>Points X/Y</c> it sends
/// to Classroom adds up the tests' <c>score</c>s. Both agree when every test of a runner is worth the same points
/// <c>w</c> and scores <c>w</c> when it passes and 0 otherwise, because then <c>passed / n × (n·w) = passed · w</c>.
/// So each task becomes one runner per distinct test weight (<c>task1</c>, or <c>task2part1</c>, <c>task2part2</c>
/// when a task mixes weights, numbered in the order the weights first appear). The split is checked by mirroring the
/// reporter's arithmetic in doubles: a runner whose two numbers would still differ in the last bit is split into one
/// runner per test (<c>passed / 1 × w</c> is exact), and if the grand totals would differ (points such as 0.1 that
/// doubles cannot hold exactly), every test becomes its own runner, so that both totals add the same numbers in the
/// same order.
/// </remarks>
/// <example>
/// <code>
/// IReadOnlyList&lt;ClassroomRunner&gt; runners = ClassroomRunners.Split(tests);
/// File.WriteAllText("classroom.env", ClassroomRunners.EnvironmentFile(runners));
/// // CLASSROOM_RUNNERS=task1,task2part1,task2part2
/// // TASK1_RESULTS=eyJ2ZXJzaW9uIjoxLC…
/// </code>
/// </example>
public static class ClassroomRunners
{
    /// <summary>The environment variable in <c>classroom.env</c> that lists the runner ids for the reporter's <c>runners</c> input.</summary>
    public const string RunnersVariable = "CLASSROOM_RUNNERS";

    /// <summary>Splits <paramref name="tests"/> into runners by task and test weight (see the remarks).</summary>
    /// <param name="tests">The tests in the order they should be listed; at least one.</param>
    /// <returns>The runners, by task number; every runner has at least one test.</returns>
    public static IReadOnlyList<ClassroomRunner> Split(IReadOnlyList<ClassroomTest> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        if (tests.Count == 0)
        {
            throw new ArgumentException("ClassroomRunners.Split: there are no tests to report; the reporter needs at least one runner with one test.", nameof(tests));
        }

        List<(string Id, List<ClassroomTest> Tests)> split = SplitByTaskAndWeight(tests);
        if (!GrandTotalsAgree(split))
        {
            split = SplitByTest(tests);
        }

        return split.Select(runner => ClassroomRunner.Of(runner.Id, runner.Tests)).ToList();
    }

    /// <summary>
    /// The <c>classroom.env</c> text: a <c>CLASSROOM_RUNNERS=task1,task2</c> line, then one <c>TASK1_RESULTS=&lt;base64&gt;</c>
    /// line per runner, each ending in <c>\n</c>. Append it to <c>$GITHUB_ENV</c> in a workflow step.
    /// </summary>
    /// <param name="runners">The runners, e.g. from <see cref="Split"/>.</param>
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

    /// <summary>One runner per task and test weight; a runner whose two reporter totals would differ is split into one runner per test.</summary>
    private static List<(string Id, List<ClassroomTest> Tests)> SplitByTaskAndWeight(IReadOnlyList<ClassroomTest> tests)
    {
        var runners = new List<(string Id, List<ClassroomTest> Tests)>();
        foreach (IGrouping<int, ClassroomTest> task in tests.GroupBy(t => t.Task).OrderBy(g => g.Key))
        {
            var weights = task.GroupBy(t => t.Points).ToList();
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
    private static List<(string Id, List<ClassroomTest> Tests)> SplitByTest(IReadOnlyList<ClassroomTest> tests) =>
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
            if (ClassroomJson.AsJavaScript(ClassroomRunner.MaxScore(tests)) != 0)
            {
                foreach (ClassroomTest test in tests)
                {
                    notice += ClassroomJson.AsJavaScript(test.Score);
                }
            }
        }

        return table == notice;
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
            sum += ClassroomJson.AsJavaScript(test.Score);
        }

        return table == sum;
    }

    /// <summary>The reporter's table score of a runner: <c>passed / tests.length * max_score</c>, in doubles.</summary>
    private static double TableScore(List<ClassroomTest> tests) =>
        (double)tests.Count(t => t.Status == ClassroomStatus.Pass) / tests.Count * ClassroomJson.AsJavaScript(ClassroomRunner.MaxScore(tests));
}
