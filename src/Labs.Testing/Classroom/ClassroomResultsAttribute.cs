using System.Globalization;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Labs.Testing.Classroom;

/// <summary>
/// Writes the results of a test assembly as GitHub Classroom runners (<c>classroom.env</c>) when the environment variable
/// <see cref="EnvironmentVariable"/> names a file; without it, it does nothing. A lab's visible test project applies it,
/// so the lab's workflow reports the visible tests' points to Classroom, split exactly as the grader splits them
/// (<see cref="ClassroomRunners.Split"/>).
/// </summary>
/// <remarks>
/// NUnit runs an assembly-level action once around the whole assembly; when it ends, every test has a result, failing
/// ones included, so a run with failing tests still writes the file. A test earns its <c>[Points]</c> when it passes and
/// 0 otherwise; a test without <c>[Points]</c> counts 1 point and one without <c>[LabTask]</c> task 0, as in the grader;
/// ignored tests and tests left out by a filter are not in the file. The file is overwritten: one test assembly per
/// file.
/// </remarks>
/// <example>
/// <code>
/// [assembly: Labs.Testing.Classroom.ClassroomResults]
/// // LABS_CLASSROOM_ENV=$PWD/TestResults/classroom.env dotnet test
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ClassroomResultsAttribute : NUnitAttribute, ITestAction
{
    /// <summary>The environment variable that names the file to write, an absolute path such as <c>/home/runner/work/lab/lab/TestResults/classroom.env</c>.</summary>
    public const string EnvironmentVariable = "LABS_CLASSROOM_ENV";

    private const string AssemblySuite = "Assembly";

    /// <summary>Around suites: applied to an assembly, NUnit calls it once, for the assembly.</summary>
    public ActionTargets Targets => ActionTargets.Suite;

    /// <inheritdoc />
    public void BeforeTest(ITest test)
    {
    }

    /// <summary>After the whole assembly ran: writes its results to the file named by <see cref="EnvironmentVariable"/>, if any.</summary>
    /// <param name="test">The suite that just ran; only the assembly's is acted on.</param>
    public void AfterTest(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        string? path = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (test.TestType != AssemblySuite || string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        // NUnit keeps quiet about an exception thrown here, while the test run's error output shows in dotnet test's log.
        try
        {
            TestContext.Error.WriteLine(Write(path, TestExecutionContext.CurrentContext.CurrentResult));
        }
        catch (Exception problem) when (problem is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            TestContext.Error.WriteLine($"No points written for GitHub Classroom: {problem.Message}");
        }
    }

    /// <summary>
    /// Writes the <c>classroom.env</c> of the tests below <paramref name="result"/> to <paramref name="path"/>, creating its
    /// folder; returns a line for the test log that says what was written.
    /// </summary>
    internal static string Write(string path, ITestResult result)
    {
        if (!Path.IsPathFullyQualified(path))
        {
            throw new InvalidOperationException(
                $"{EnvironmentVariable}={path} is not an absolute path; the tests run in their build folder, so name the file in full, e.g. {EnvironmentVariable}=\"$PWD/TestResults/classroom.env\".");
        }

        IReadOnlyList<ClassroomTest> tests = ClassroomTestResults.From(result);
        IReadOnlyList<ClassroomRunner> runners = tests.Count > 0
            ? ClassroomRunners.Split(tests)
            : [ClassroomRunner.Of("tests", [new ClassroomTest("No test ran", 0, 0m, ClassroomStatus.Error, "The test run held no test result: check the test step's log.", 0)])];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ClassroomRunners.EnvironmentFile(runners));
        return string.Create(CultureInfo.InvariantCulture,
            $"Points for GitHub Classroom: {tests.Sum(t => t.Score):0.##} of {tests.Sum(t => t.Points):0.##} from {tests.Count} test(s), written to {path}.");
    }
}
