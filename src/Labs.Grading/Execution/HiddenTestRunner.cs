using System.Globalization;
using Labs.Grading.Execution.Protocol;

namespace Labs.Grading.Execution;

/// <summary>
/// Runs a lab's hidden tests against a student's compiled lab in a separate, lean test host process, so that student
/// code never runs in the grader. Each test runs under a time and memory limit; a test that loops, crashes the host or
/// runs out of memory fails with a clear reason, and a fresh host runs the tests that remain.
/// </summary>
/// <example>
/// <code>
/// var expected = await HiddenTestRunner.ListTestsAsync("hidden/Lab.Hidden.Tests.dll");
/// var run = new HiddenTestRun("hidden/Lab.Hidden.Tests.dll", "build/alice/Lab.dll", [.. expected.Select(t => t.FullName)]);
/// foreach (var result in await HiddenTestRunner.RunAsync(run))
/// {
///     Console.WriteLine($"{result.FullName}: {result.Outcome} {result.Message}");
/// }
/// </code>
/// </example>
public static class HiddenTestRunner
{
    /// <summary>The file name of the test host program, looked for next to the grader's assemblies.</summary>
    public const string HostFileName = "Labs.Grading.Host.dll";

    /// <summary>
    /// Lists the hidden tests of a lab with their points, task and criterion, without running any test. Discovery
    /// happens in a test host too, and should use the lab's own (trusted) build, not a student's.
    /// </summary>
    /// <param name="testAssemblyPath">The compiled hidden-test assembly.</param>
    /// <param name="probeFolders">Further folders holding assemblies the tests need; the tests' own folder is always searched first.</param>
    /// <param name="hostPath">The test host program; null looks next to the grader's assemblies.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>Every test that is neither explicit nor ignored, in NUnit's order.</returns>
    public static async Task<IReadOnlyList<ExpectedTest>> ListTestsAsync(
        string testAssemblyPath,
        IEnumerable<string>? probeFolders = null,
        string? hostPath = null,
        CancellationToken cancellationToken = default)
    {
        RequireFile(nameof(ListTestsAsync), "testAssemblyPath", testAssemblyPath);
        var request = new HostRequest
        {
            Mode = HostRequest.ListMode,
            TestAssemblies = [Path.GetFullPath(testAssemblyPath)],
            ProbeFolders = [.. (probeFolders ?? []).Select(Path.GetFullPath)],
        };
        var limits = TestLimits.Default;
        var workFolder = Directory.CreateTempSubdirectory("labs-listing-");
        try
        {
            using var host = HostProcess.Start(FindHost(hostPath), request, limits, workFolder.FullName, Path.Combine(workFolder.FullName, "feedback.jsonl"));
            var tests = new List<ExpectedTest>();
            while (true)
            {
                switch (await host.NextAsync(limits.StartupTimeout, cancellationToken).ConfigureAwait(false))
                {
                    case RecordArrived { Record: { Kind: HostRecord.ListedTest, Name: { } name } record }:
                        tests.Add(ToExpectedTest(name, record.Properties ?? []));
                        break;
                    case RecordArrived { Record.Kind: HostRecord.Done }:
                        return tests;
                    case RecordArrived { Record: { Kind: HostRecord.Fatal } fatal }:
                        throw new InvalidOperationException($"ListTestsAsync could not load {testAssemblyPath}: {fatal.Message}");
                    case HostExited or HostSilent or HostOverMemory:
                        throw new InvalidOperationException(
                            $"ListTestsAsync: the test host stopped while listing {testAssemblyPath}.{Environment.NewLine}{host.ErrorText.Trim()}");
                }
            }
        }
        finally
        {
            workFolder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Runs the hidden tests named in <paramref name="run"/> against the student's lab and returns one result per
    /// expected test, in the order given: a test without a trustworthy result is <see cref="TestOutcome.Missing"/>.
    /// </summary>
    /// <param name="run">The tests, the student's lab and the limits.</param>
    /// <param name="cancellationToken">Stops the run and the test host.</param>
    public static Task<IReadOnlyList<TestRunResult>> RunAsync(HiddenTestRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        RequireFile(nameof(RunAsync), "TestAssemblyPath", run.TestAssemblyPath);
        foreach (var other in run.OtherTestAssemblyPaths)
        {
            RequireFile(nameof(RunAsync), "OtherTestAssemblyPaths", other);
        }

        RequireFile(nameof(RunAsync), "StudentAssemblyPath", run.StudentAssemblyPath);
        return new TestRunSession(run, FindHost(run.HostPath)).RunAsync(cancellationToken);
    }

    private static ExpectedTest ToExpectedTest(string name, Dictionary<string, string> properties) => new(name)
    {
        Name = properties.GetValueOrDefault("Name") ?? name,
        Points = double.TryParse(properties.GetValueOrDefault("Points"), NumberStyles.Float, CultureInfo.InvariantCulture, out var points)
            ? points
            : null,
        Task = int.TryParse(properties.GetValueOrDefault("Task"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var task)
            ? task
            : null,
        TaskTitle = properties.GetValueOrDefault("TaskTitle"),
        Criterion = properties.GetValueOrDefault("Criterion"),
        Description = properties.GetValueOrDefault("Description"),
    };

    private static string FindHost(string? hostPath)
    {
        var path = hostPath ?? Path.Combine(AppContext.BaseDirectory, HostFileName);
        if (!File.Exists(path))
        {
            path = Path.Combine(Path.GetDirectoryName(typeof(HiddenTestRunner).Assembly.Location) ?? ".", HostFileName);
        }

        RequireFile("HiddenTestRunner", "hostPath", path);
        return path;
    }

    private static void RequireFile(string method, string parameter, string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{method}: {parameter} '{path}' does not exist. Build it first, or pass the full path of the compiled file.", path);
        }
    }
}
