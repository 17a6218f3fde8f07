using Labs.Grading.Execution;

namespace Labs.Grading.Tests.Execution;

public sealed class SmokeTests
{
    [Test]
    public async Task Dump()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var listed = await AdversarialRun.ListAsync();
        TestContext.Out.WriteLine($"list {sw.ElapsedMilliseconds} ms");
        foreach (var t in listed) TestContext.Out.WriteLine(t);
        sw.Restart();
        var results = await AdversarialRun.ResultsAsync();
        TestContext.Out.WriteLine($"run {sw.ElapsedMilliseconds} ms");
        foreach (var r in results) TestContext.Out.WriteLine($"{r.FullName} {r.Outcome} {r.Duration.TotalMilliseconds}ms\n  {r.Message}\n  OUT: {r.Output}\n  FB: {string.Join(";", r.Feedback)}");
    }
}
