using Labs.Grading.Execution;

namespace Labs.Grading.Tests.Execution;

/// <summary>The adversarial lab's hidden tests, run once in the test host with short limits and shared by the tests that check each attack.</summary>
internal static class AdversarialRun
{
    public const string Fixture = "AdversarialLab.Checks.HiddenTests";

    /// <summary>Short enough to keep the suite fast, long enough for a loaded machine to run an honest test.</summary>
    public static readonly TestLimits Limits = TestLimits.Default with
    {
        TestTimeout = TimeSpan.FromSeconds(3),
        StartupTimeout = TimeSpan.FromSeconds(20),
        MemoryLimitMegabytes = 128,
    };

    private static readonly Lazy<Task<IReadOnlyList<ExpectedTest>>> Listed = new(() => HiddenTestRunner.ListTestsAsync(TestAssembly));
    private static readonly Lazy<Task<IReadOnlyList<TestRunResult>>> AllResults = new(RunAllAsync);

    public static string TestAssembly => Path.Combine(AppContext.BaseDirectory, "AdversarialLab.Checks.dll");

    public static string StudentAssembly => Path.Combine(AppContext.BaseDirectory, "AdversarialLab.dll");

    public static Task<IReadOnlyList<ExpectedTest>> ListAsync() => Listed.Value;

    public static Task<IReadOnlyList<TestRunResult>> ResultsAsync() => AllResults.Value;

    /// <summary>The result of the hidden test with the given method name.</summary>
    public static async Task<TestRunResult> OfAsync(string method)
    {
        var results = await ResultsAsync().ConfigureAwait(false);
        return results.Single(r => r.FullName == $"{Fixture}.{method}");
    }

    private static async Task<IReadOnlyList<TestRunResult>> RunAllAsync()
    {
        var expected = await ListAsync().ConfigureAwait(false);
        var run = new HiddenTestRun(TestAssembly, StudentAssembly, [.. expected.Select(t => t.FullName)]) { Limits = Limits };
        return await HiddenTestRunner.RunAsync(run).ConfigureAwait(false);
    }
}
