using System.Text;
using System.Text.Json.Nodes;

namespace Labs.Testing.Classroom;

/// <summary>
/// One runner for GitHub Classroom's autograding reporter: an id (listed in the reporter's <c>runners</c> input) and
/// the result JSON the reporter reads, base64-encoded, from the environment variable <c>&lt;ID&gt;_RESULTS</c>.
/// </summary>
/// <param name="Id">The runner id, letters and digits only, e.g. <c>task1</c>.</param>
/// <param name="ResultJson">The runner's result: <c>{"version":1,"status":…,"max_score":…,"tests":[…]}</c>.</param>
public sealed record ClassroomRunner(string Id, string ResultJson)
{
    /// <summary>The environment variable the reporter reads for this runner: the id in capitals plus <c>_RESULTS</c>, e.g. <c>TASK1_RESULTS</c>.</summary>
    public string EnvironmentVariable => Id.ToUpperInvariant() + "_RESULTS";

    /// <summary>The result JSON as UTF-8 bytes in base64, exactly as the reporter decodes it.</summary>
    public string EncodedResult => Convert.ToBase64String(Encoding.UTF8.GetBytes(ResultJson));

    /// <summary>
    /// A runner holding <paramref name="tests"/>: its status is <c>fail</c> when a test failed, else <c>error</c> when a test
    /// could not run, else <c>pass</c>; its <c>max_score</c> is the sum of the tests' points.
    /// </summary>
    /// <param name="id">The runner id, letters and digits only, e.g. <c>task1</c>.</param>
    /// <param name="tests">The runner's tests, at least one.</param>
    /// <returns>The runner with its result JSON.</returns>
    public static ClassroomRunner Of(string id, IReadOnlyList<ClassroomTest> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        if (string.IsNullOrEmpty(id) || !id.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"ClassroomRunner.Of: the runner id \"{id}\" is not letters and digits only, as the reporter's runners input needs: use an id such as task1.", nameof(id));
        }

        if (tests.Count == 0)
        {
            throw new ArgumentException($"ClassroomRunner.Of: runner \"{id}\" has no test; the reporter divides by the number of tests, so give it at least one.", nameof(tests));
        }

        ClassroomStatus status = tests.Any(t => t.Status == ClassroomStatus.Fail) ? ClassroomStatus.Fail
            : tests.Any(t => t.Status == ClassroomStatus.Error) ? ClassroomStatus.Error
            : ClassroomStatus.Pass;
        var result = new JsonObject
        {
            ["version"] = 1,
            ["status"] = ClassroomJson.Word(status),
            ["max_score"] = MaxScore(tests),
            ["tests"] = new JsonArray(tests.Select(t => (JsonNode)t.ToJson()).ToArray()),
        };
        return new ClassroomRunner(id, result.ToJsonString(ClassroomJson.Options));
    }

    /// <summary>The runner's <c>max_score</c>: the sum of its tests' points, as written in the JSON.</summary>
    internal static decimal MaxScore(IEnumerable<ClassroomTest> tests) => ClassroomJson.Number(tests.Sum(t => t.Points));
}
