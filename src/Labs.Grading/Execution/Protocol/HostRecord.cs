using System.Text.Json.Serialization;

namespace Labs.Grading.Execution.Protocol;

/// <summary>
/// One message from the test host to the grader: the host is ready, a fixture or test starts, a test result, a listed test,
/// or the end of the run. Each record travels sealed with an HMAC (see <see cref="RecordSeal"/>), so that student code
/// printing to the same output cannot forge one.
/// </summary>
internal sealed record HostRecord
{
    public const string Ready = "ready";
    public const string SuiteStarted = "suite";
    public const string SuiteFinished = "suite-end";
    public const string TestStarted = "start";
    public const string TestResult = "result";
    public const string ListedTest = "test";
    public const string Done = "done";
    public const string Fatal = "fatal";

    /// <summary>The host stops early on purpose (after an out-of-memory test) so that a fresh host runs the remaining tests.</summary>
    public const string Restart = "restart";

    public const string OutcomePassed = "passed";
    public const string OutcomeFailed = "failed";
    public const string OutcomeNoVerdict = "no-verdict";
    public const string OutcomeOutOfMemory = "out-of-memory";

    /// <summary>Counts records from 1 in the order the host sent them; the grader rejects gaps and repeats.</summary>
    [JsonPropertyName("seq")]
    public long Sequence { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>For results: one of the <c>Outcome…</c> constants.</summary>
    [JsonPropertyName("outcome")]
    public string? Outcome { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("stackTrace")]
    public string? StackTrace { get; init; }

    [JsonPropertyName("seconds")]
    public double Seconds { get; init; }

    [JsonPropertyName("output")]
    public string? Output { get; init; }

    /// <summary>NUnit properties of a listed test (Points, Task, TaskTitle, Criterion, Description), inherited from its fixtures.</summary>
    [JsonPropertyName("properties")]
    public Dictionary<string, string>? Properties { get; init; }
}
