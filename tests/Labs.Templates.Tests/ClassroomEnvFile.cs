using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Labs.Templates.Tests;

/// <summary>
/// A <c>classroom.env</c> read as the Classroom reporter reads it after a workflow appended it to <c>$GITHUB_ENV</c>:
/// the runner ids from <c>CLASSROOM_RUNNERS</c>, and for each id the base64 JSON of <c>&lt;ID&gt;_RESULTS</c>.
/// </summary>
internal sealed partial class ClassroomEnvFile
{
    private ClassroomEnvFile(IReadOnlyList<ClassroomRunnerResult> runners) => Runners = runners;

    /// <summary>The runners in the order of <c>CLASSROOM_RUNNERS</c>.</summary>
    public IReadOnlyList<ClassroomRunnerResult> Runners { get; }

    /// <summary>Every test of every runner.</summary>
    public IEnumerable<(string Name, string Status, double Score)> Tests => Runners.SelectMany(r => r.Tests);

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static ClassroomEnvFile Read(string path)
    {
        var variables = File.ReadAllLines(path)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        var runners = variables["CLASSROOM_RUNNERS"].Split(',').Select(id =>
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(variables[$"{id.ToUpperInvariant()}_RESULTS"])));
            var root = json.RootElement;
            var tests = root.GetProperty("tests").EnumerateArray()
                .Select(t => (t.GetProperty("name").GetString()!, t.GetProperty("status").GetString()!, t.GetProperty("score").GetDouble()))
                .ToList();
            var task = RunnerTask().Match(id);
            return new ClassroomRunnerResult(
                id,
                task.Success ? int.Parse(task.Groups["task"].Value, CultureInfo.InvariantCulture) : null,
                root.GetProperty("max_score").GetDouble(),
                tests);
        }).ToList();
        return new ClassroomEnvFile(runners);
    }

    [GeneratedRegex(@"^task(?<task>\d+)")]
    private static partial Regex RunnerTask();
}

/// <summary>One runner of a <c>classroom.env</c>.</summary>
/// <param name="Id">The runner id, e.g. <c>task2part1</c>.</param>
/// <param name="Task">The task number its id starts with, if any.</param>
/// <param name="MaxScore">The runner's <c>max_score</c>.</param>
/// <param name="Tests">Its tests: name, status and score.</param>
internal sealed record ClassroomRunnerResult(string Id, int? Task, double MaxScore, IReadOnlyList<(string Name, string Status, double Score)> Tests);
