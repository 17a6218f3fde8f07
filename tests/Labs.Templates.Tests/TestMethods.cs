using System.Globalization;
using System.Text.RegularExpressions;

namespace Labs.Templates.Tests;

/// <summary>
/// The NUnit tests declared in a lab's test source, read from the text (the lab's test assemblies cannot be loaded
/// side by side: every lab names them Lab.Tests): name, points and handout task of each.
/// </summary>
internal static partial class TestMethods
{
    /// <summary>The tests declared in <paramref name="source"/>.</summary>
    public static IReadOnlyList<DeclaredTest> In(string source)
    {
        var classes = ClassPattern().Matches(source)
            .Select(m => (m.Index, Task: TaskIn(m.Groups["attributes"].Value)))
            .ToList();
        var tests = new List<DeclaredTest>();
        foreach (Match method in MethodPattern().Matches(source))
        {
            var attributes = method.Groups["attributes"].Value;
            if (!TestAttribute().IsMatch(attributes))
            {
                continue;
            }

            var classTask = classes.LastOrDefault(c => c.Index < method.Index).Task;
            var points = PointsPattern().Match(attributes);
            tests.Add(new DeclaredTest(
                method.Groups["name"].Value,
                points.Success ? double.Parse(points.Groups["points"].Value, CultureInfo.InvariantCulture) : 0,
                TaskIn(attributes) ?? classTask));
        }

        return tests;
    }

    /// <summary>The names of the test methods and of the classes declared in <paramref name="source"/>.</summary>
    public static IEnumerable<string> DeclaredNames(string source) =>
        In(source).Select(t => t.Name).Concat(ClassPattern().Matches(source).Select(m => m.Groups["name"].Value));

    private static int? TaskIn(string attributes)
    {
        var task = TaskPattern().Match(attributes);
        return task.Success ? int.Parse(task.Groups["task"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<attributes>(?:\[[^\]]*\]\s*)*)public\s+(?:sealed\s+|static\s+|abstract\s+)*class\s+(?<name>\w+)")]
    private static partial Regex ClassPattern();

    [GeneratedRegex(@"(?<attributes>(?:\[[^\]]*\]\s*)+)public\s+(?:async\s+)?(?:void|Task)\s+(?<name>\w+)\s*\(")]
    private static partial Regex MethodPattern();

    [GeneratedRegex(@"\b(?:Test|TestCase|TestCaseSource)\b")]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"\bPoints\(\s*(?<points>[0-9.]+)\s*\)")]
    private static partial Regex PointsPattern();

    [GeneratedRegex(@"\bLabTask\(\s*(?<task>\d+)")]
    private static partial Regex TaskPattern();
}

/// <summary>A test method as declared in a lab's source.</summary>
/// <param name="Name">The method name, which is the test's name in results.</param>
/// <param name="Points">The points from <c>[Points(…)]</c>, 0 without it.</param>
/// <param name="Task">The handout task from <c>[LabTask(…)]</c> on the method or its class, if any.</param>
internal sealed record DeclaredTest(string Name, double Points, int? Task);
