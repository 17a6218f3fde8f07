using System.Globalization;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Labs.Testing.Classroom;

/// <summary>
/// Reads finished NUnit results as Classroom tests, with the same facts the grader takes from a hidden test: points
/// from <c>[Points]</c> (1 when a test has none), the task from <c>[LabTask]</c> on the test or a fixture around it
/// (0 when none), the name from the description or the method name with underscores as spaces.
/// Ignored and explicit tests that did not run are left out, as the grader leaves them out.
/// </summary>
internal static class ClassroomTestResults
{
    private const string ParameterizedMethod = "ParameterizedMethod";

    /// <summary>Every test case below <paramref name="result"/>, in the order NUnit ran them.</summary>
    public static IReadOnlyList<ClassroomTest> From(ITestResult result)
    {
        var tests = new List<ClassroomTest>();
        Collect(result, tests);
        return tests;
    }

    private static void Collect(ITestResult result, List<ClassroomTest> tests)
    {
        if (result.Test.IsSuite)
        {
            foreach (ITestResult child in result.Children)
            {
                Collect(child, tests);
            }

            return;
        }

        if (result.ResultState.Status == TestStatus.Skipped)
        {
            return;
        }

        bool passed = result.ResultState.Status == TestStatus.Passed;
        tests.Add(new ClassroomTest(
            NameOf(result.Test),
            TaskOf(result.Test),
            PointsOf(result.Test),
            passed ? ClassroomStatus.Pass : ClassroomStatus.Fail,
            passed ? "" : result.Message ?? "",
            (long)Math.Round(result.Duration * 1000)));
    }

    /// <summary>The description if there is one, otherwise the name with underscores as spaces (as the grader names tests).</summary>
    private static string NameOf(ITest test)
    {
        string? description = OwnProperty(test, PropertyNames.Description);
        return string.IsNullOrWhiteSpace(description) ? test.Name.Replace('_', ' ') : description;
    }

    /// <summary>The points of <c>[Points]</c>, on the test or, for a test case, on its method; 1 without it (as the grader counts).</summary>
    private static decimal PointsOf(ITest test) =>
        decimal.TryParse(OwnProperty(test, PointsAttribute.PropertyName), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal points)
            ? points
            : 1m;

    /// <summary>The task of the nearest <c>[LabTask]</c>: on the test, its method or a fixture around it; 0 without one.</summary>
    private static int TaskOf(ITest test)
    {
        for (ITest? current = test; current is not null; current = current.Parent)
        {
            if (int.TryParse(current.Properties.Get(LabTaskAttribute.NumberProperty) as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out int task))
            {
                return task;
            }
        }

        return 0;
    }

    /// <summary>A property of the test itself or, for a test case ([TestCase], [TestCaseSource]), of its method, where NUnit keeps the method's attributes.</summary>
    private static string? OwnProperty(ITest test, string name) =>
        test.Properties.Get(name) as string
        ?? (test.Parent is { TestType: ParameterizedMethod } method ? method.Properties.Get(name) as string : null);
}
