namespace Labs.Grading.Execution;

/// <summary>
/// What to run for one submission: the lab's hidden tests (and, usually, its visible tests built from the pristine lab)
/// against the student's compiled lab, all in one test host.
/// </summary>
/// <param name="TestAssemblyPath">The compiled hidden-test assembly (e.g. <c>Lab.Hidden.Tests.dll</c>), built once per lab.</param>
/// <param name="StudentAssemblyPath">The student's compiled lab (e.g. <c>Lab.dll</c>); it replaces any copy of the lab next to the tests.</param>
/// <param name="Tests">The full names of the tests expected to report, usually from <see cref="HiddenTestRunner.ListTestsAsync"/>; any without a result is <see cref="TestOutcome.Missing"/>.</param>
/// <example>
/// <code>
/// var expected = await HiddenTestRunner.ListTestsAsync("hidden/Lab.Hidden.Tests.dll");
/// var run = new HiddenTestRun("hidden/Lab.Hidden.Tests.dll", "build/alice/Lab.dll", [.. expected.Select(t => t.FullName)]);
/// var results = await HiddenTestRunner.RunAsync(run);
/// </code>
/// </example>
public sealed record HiddenTestRun(string TestAssemblyPath, string StudentAssemblyPath, IReadOnlyList<string> Tests)
{
    /// <summary>
    /// Further compiled test assemblies run in the same host after <see cref="TestAssemblyPath"/>, e.g. the lab's visible
    /// tests (<c>Lab.Tests.dll</c>) built from the pristine lab, never from the student's copy. Their folders are searched
    /// for assemblies too.
    /// </summary>
    public IReadOnlyList<string> OtherTestAssemblyPaths { get; init; } = [];

    /// <summary>Further folders searched for assemblies the tests need, after the tests' own folder.</summary>
    public IReadOnlyList<string> ProbeFolders { get; init; } = [];

    /// <summary>Time and memory limits.</summary>
    public TestLimits Limits { get; init; } = TestLimits.Default;

    /// <summary>The test host program (<c>Labs.Grading.Host.dll</c>); null looks next to the grader's own assemblies.</summary>
    public string? HostPath { get; init; }
}
