using System.Text.Json.Nodes;

namespace Labs.Testing.Classroom;

/// <summary>
/// One test as GitHub Classroom's autograding reporter reads it. A passing test scores its full <paramref name="Points"/>,
/// any other scores 0: <see cref="ClassroomRunners.Split"/> relies on it to make the reporter's two totals agree.
/// </summary>
/// <param name="Name">The name the reporter shows, e.g. <c>Impulse response is the kernel</c>.</param>
/// <param name="Task">The handout task the test checks (<c>[LabTask]</c>); 0 when it names none.</param>
/// <param name="Points">The points the test is worth (<c>[Points]</c>); zero or more.</param>
/// <param name="Status">Whether the test passed, failed or could not run.</param>
/// <param name="Message">What went wrong, shown under the test; empty when it passed.</param>
/// <param name="DurationMs">How long the test took, in whole milliseconds.</param>
public sealed record ClassroomTest(string Name, int Task, decimal Points, ClassroomStatus Status, string Message, long DurationMs)
{
    /// <summary>The points the test earned: all of <see cref="Points"/> when it passed, otherwise 0.</summary>
    public decimal Score => Status == ClassroomStatus.Pass ? Points : 0m;

    /// <summary>The reporter's JSON for the test, with the fields the reporter's own graders write.</summary>
    internal JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["status"] = ClassroomJson.Word(Status),
        ["score"] = ClassroomJson.Number(Score),
        ["message"] = Message,
        ["test_code"] = "",
        ["filename"] = "",
        ["line_no"] = 0,
        ["duration"] = DurationMs,
    };
}
