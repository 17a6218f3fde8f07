using System.Text.Json.Serialization;

namespace Labs.Grading.Execution.Protocol;

/// <summary>What the grader asks one test host to do; sent as one JSON line on the host's standard input, after the key.</summary>
internal sealed record HostRequest
{
    public const string ListMode = "list";
    public const string RunMode = "run";

    /// <summary><see cref="ListMode"/> (discover the tests, run nothing) or <see cref="RunMode"/>.</summary>
    [JsonPropertyName("mode")]
    public required string Mode { get; init; }

    /// <summary>Full paths of the compiled test assemblies (the hidden tests, then any visible ones), run in this order.</summary>
    [JsonPropertyName("testAssemblies")]
    public required List<string> TestAssemblies { get; init; }

    /// <summary>Full path of the student's compiled lab assembly; loaded before the tests so it replaces any copy next to them.</summary>
    [JsonPropertyName("studentAssembly")]
    public string? StudentAssembly { get; init; }

    /// <summary>Folders searched, in order, for other assemblies the tests need (the test assembly's own folder comes first).</summary>
    [JsonPropertyName("probeFolders")]
    public List<string> ProbeFolders { get; init; } = [];

    /// <summary>Full names of the tests to run, in order.</summary>
    [JsonPropertyName("tests")]
    public List<string> Tests { get; init; } = [];

    /// <summary>The memory limit in megabytes, only used to word the out-of-memory message.</summary>
    [JsonPropertyName("memoryLimitMegabytes")]
    public int MemoryLimitMegabytes { get; init; }

    /// <summary>The longest message, stack trace or output (in characters) a result record carries.</summary>
    [JsonPropertyName("maxTextLength")]
    public int MaxTextLength { get; init; } = 16_000;
}
