using System.Text;

namespace Labs.Grading.Output;

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
}
