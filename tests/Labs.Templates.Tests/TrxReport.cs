using System.Xml.Linq;

namespace Labs.Templates.Tests;

/// <summary>The results in a Visual Studio test results file (.trx), as written by <c>dotnet test --logger trx</c>.</summary>
internal static class TrxReport
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Every test result in the .trx files under <paramref name="folder"/>.</summary>
    public static IReadOnlyList<TestOutcome> ReadAll(string folder) =>
        Directory.EnumerateFiles(folder, "*.trx", SearchOption.AllDirectories).SelectMany(Read).ToList();

    /// <summary>Every test result in one .trx file.</summary>
    public static IEnumerable<TestOutcome> Read(string path) =>
        XDocument.Load(path).Descendants(Trx + "UnitTestResult").Select(result => new TestOutcome(
            (string?)result.Attribute("testName") ?? "",
            (string?)result.Attribute("outcome") ?? "",
            result.Element(Trx + "Output")?.Element(Trx + "ErrorInfo")?.Element(Trx + "Message")?.Value ?? ""));
}

/// <summary>One test's result.</summary>
/// <param name="TestName">The test's name, e.g. <c>Subtracts_the_mean_from_every_pixel</c>.</param>
/// <param name="Outcome">Passed, Failed, NotExecuted…</param>
/// <param name="Message">The failure message, empty when the test passed.</param>
internal sealed record TestOutcome(string TestName, string Outcome, string Message)
{
    /// <summary>The test method's name without arguments.</summary>
    public string MethodName => TestName.Split('(')[0].Split('.')[^1];

    /// <inheritdoc />
    public override string ToString() => $"{TestName}: {Outcome} {Message}".Trim();
}
