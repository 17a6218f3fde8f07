using System.Reflection;
using NUnit.Framework;
using NUnit.Framework.Internal;

namespace Labs.Testing;

/// <summary>
/// Where report pages go and how they are announced: inside an NUnit test the page is attached to the test and its path
/// written to the test output; in a plain program the path is printed to the console.
/// </summary>
internal static class ReportContext
{
    /// <summary>Environment variable naming the folder for reports instead of <c>TestResults</c> under the working directory.</summary>
    public const string DirectoryVariable = "LABS_REPORT_DIR";

    /// <summary>True while an NUnit test (or a fixture's setup) is running on this thread.</summary>
    public static bool InsideTest => TestExecutionContext.CurrentContext is not TestExecutionContext.AdhocContext;

    /// <summary>The runtime setting (written at build time from the MSBuild property <c>LabsReportDirectory</c>) naming the report folder.</summary>
    public const string RecordedDirectoryKey = "Labs.Testing.ReportDirectory";

    /// <summary>
    /// The folder holding <c>labs-report.html</c> and the page folders: <c>LABS_REPORT_DIR</c> when set; otherwise the folder
    /// recorded at build time (by default <c>TestResults</c> in the test project's folder) when its parent folder exists here;
    /// otherwise <c>TestResults</c> under the test's work directory (inside a test) or under the current directory (in a program).
    /// </summary>
    public static string ResultsDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return Path.GetFullPath(configured.Trim());
            }

            if (AppContext.GetData(RecordedDirectoryKey) is string recorded && !string.IsNullOrWhiteSpace(recorded))
            {
                var full = Path.GetFullPath(recorded);
                if (Directory.Exists(Path.GetDirectoryName(full)))
                {
                    return full;
                }
            }

            var root = InsideTest ? TestContext.CurrentContext.WorkDirectory : Environment.CurrentDirectory;
            return Path.GetFullPath(Path.Combine(root, "TestResults"));
        }
    }

    /// <summary>The running test's full name (namespace, class, method and arguments), or null outside a test.</summary>
    public static string? TestFullName => InsideTest ? TestContext.CurrentContext.Test.FullName : null;

    /// <summary>A short name of the running test, <c>Class.Method(arguments)</c>, or null outside a test.</summary>
    public static string? TestShortName
    {
        get
        {
            if (!InsideTest)
            {
                return null;
            }

            var test = TestContext.CurrentContext.Test;
            var className = test.ClassName is { } full ? full[(full.LastIndexOf('.') + 1)..] : null;
            return className is null || className == test.Name ? test.Name : $"{className}.{test.Name}";
        }
    }

    /// <summary>The assembly of the running test, or the program's entry assembly outside a test.</summary>
    public static Assembly? CallerAssembly =>
        InsideTest ? TestExecutionContext.CurrentContext.CurrentTest.TypeInfo?.Assembly : Assembly.GetEntryAssembly();

    /// <summary>The clickable form of a path, e.g. <c>file:///home/ana/TestResults/labs-viewer/x.html</c>.</summary>
    public static string FileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>Prints <paramref name="line"/> where the student sees it and, inside a test, attaches the page to the test.</summary>
    public static void Announce(string line, string path, string description)
    {
        if (!InsideTest)
        {
            Console.WriteLine(line);
            return;
        }

        TestContext.Out.WriteLine(line);
        TestContext.Progress.WriteLine(line);
        try
        {
            TestContext.AddTestAttachment(path, description);
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidOperationException)
        {
            TestContext.Out.WriteLine($"(The page could not be attached to the test: {e.Message})");
        }
    }
}
