namespace Labs.Grading.Execution;

/// <summary>The limits each submission's hidden tests run under; the defaults suit a typical lab.</summary>
/// <example>
/// <code>
/// var limits = TestLimits.Default with { TestTimeout = TimeSpan.FromSeconds(30) };
/// </code>
/// </example>
public sealed record TestLimits
{
    /// <summary>The limits used when a lab sets none: 10 s per test, 512 MB, 5 min per submission.</summary>
    public static TestLimits Default { get; } = new();

    /// <summary>How long one test (or one fixture's setup) may run before the test host is stopped and the test fails as timed out.</summary>
    public TimeSpan TestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long all tests of one submission may take together; tests not finished by then fail as timed out.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the test host may take to start and load the tests before it is considered stuck.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The managed-memory limit of the test host in megabytes; a test that needs more fails as out of memory.</summary>
    public int MemoryLimitMegabytes { get; init; } = 512;

    /// <summary>The most characters kept of a test's message, stack trace and output each.</summary>
    public int MaxTextLength { get; init; } = 16_000;
}
