using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Labs.Grading.Tests.Output;

/// <summary>
/// A line-by-line mirror of what classroom-resources/autograding-grading-reporter (v1, dist/main.js) does with
/// <c>classroom.env</c>: split the <c>runners</c> input on commas, read <c>&lt;RUNNER&gt;_RESULTS</c>, decode base64
/// as UTF-8 and parse the JSON; then its two totals, in doubles like JavaScript:
/// <list type="bullet">
/// <item>log table (getTestScore): per runner <c>tests.filter(pass).length / tests.length * (max_score || 0)</c>, summed over runners;</item>
/// <item>Classroom notice (NotifyClassroom): for runners whose <c>max_score</c> is truthy, <c>maxPoints += max_score</c> and
/// <c>totalPoints += score</c> for every test.</item>
/// </list>
/// </summary>
internal sealed class ClassroomReporter
{
    private ClassroomReporter(List<(string Runner, JsonElement Results)> runners) => Runners = runners;

    public List<(string Runner, JsonElement Results)> Runners { get; }

    /// <summary>Reads runners the way the reporter does, from the variables a workflow gets by appending classroom.env to $GITHUB_ENV.</summary>
    public static ClassroomReporter FromEnvironmentFile(string envFile, string runnersVariable)
    {
        Dictionary<string, string> env = envFile.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        var runners = env[runnersVariable].Split(',')
            .Select(runner =>
            {
                string encoded = env[$"{runner.Trim().ToUpperInvariant()}_RESULTS"];
                string json = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                return (runner, JsonDocument.Parse(json).RootElement.Clone());
            })
            .ToList();
        return new ClassroomReporter(runners);
    }

    /// <summary>The log table's score of one runner: passed / tests × max_score.</summary>
    public static double TableScore(JsonElement results)
    {
        JsonElement tests = results.GetProperty("tests");
        int passed = tests.EnumerateArray().Count(t => t.GetProperty("status").GetString() == "pass");
        return (double)passed / tests.GetArrayLength() * MaxScore(results);
    }

    /// <summary>The "Total:" row of the log table.</summary>
    public double TableTotal()
    {
        double total = 0;
        foreach ((string _, JsonElement results) in Runners)
        {
            total += TableScore(results);
        }

        return total;
    }

    /// <summary>The <c>Points X/Y</c> notice that is sent to Classroom.</summary>
    public (double TotalPoints, double MaxPoints) Notice()
    {
        double totalPoints = 0;
        double maxPoints = 0;
        foreach ((string _, JsonElement results) in Runners)
        {
            if (MaxScore(results) == 0)
            {
                continue;
            }

            maxPoints += MaxScore(results);
            foreach (JsonElement test in results.GetProperty("tests").EnumerateArray())
            {
                totalPoints += test.GetProperty("score").GetDouble();
            }
        }

        return (totalPoints, maxPoints);
    }

    /// <summary>A runner's <c>max_score</c> (0 when missing), read as JavaScript's JSON.parse reads numbers.</summary>
    private static double MaxScore(JsonElement results) =>
        results.TryGetProperty("max_score", out JsonElement max) ? double.Parse(max.GetRawText(), CultureInfo.InvariantCulture) : 0;
}
