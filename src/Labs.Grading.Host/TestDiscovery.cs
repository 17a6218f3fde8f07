using System.Globalization;
using Labs.Grading.Execution.Protocol;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Labs.Grading.Host;

/// <summary>Lists the tests with their grading properties, without running any of them.</summary>
internal static class TestDiscovery
{
    /// <summary>Properties read from the test itself (or, for a test case, from its method).</summary>
    private static readonly string[] Own = ["Points", "Criterion", "Description"];

    /// <summary>Properties the test may inherit from its fixture; the nearest value wins.</summary>
    private static readonly string[] Inherited = ["Task", "TaskTitle"];

    public static int List(AssemblyProbe probe, RecordWriter writer)
    {
        var roots = NUnitSession.Load(probe.TestAssemblies);
        writer.Write(new HostRecord { Kind = HostRecord.Ready });
        foreach (var test in roots.SelectMany(Leaves))
        {
            if (test.RunState is RunState.Explicit or RunState.Ignored)
            {
                continue;
            }

            writer.Write(new HostRecord
            {
                Kind = HostRecord.ListedTest,
                Name = test.FullName,
                Message = test.RunState == RunState.NotRunnable ? test.Properties.Get(PropertyNames.SkipReason) as string : null,
                Properties = PropertiesOf(test),
            });
        }

        writer.Write(new HostRecord { Kind = HostRecord.Done });
        return 0;
    }

    private static Dictionary<string, string> PropertiesOf(ITest test)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["Name"] = test.Name };
        foreach (var name in Own)
        {
            Add(properties, name, test);

            // A test case ([TestCase], [TestCaseSource]) carries the attributes of its method, which NUnit keeps on the parent.
            if (test.Parent is { TestType: "ParameterizedMethod" } method)
            {
                Add(properties, name, method);
            }
        }

        for (var current = test; current is not null; current = current.Parent)
        {
            foreach (var name in Inherited)
            {
                Add(properties, name, current);
            }
        }

        return properties;
    }

    private static void Add(Dictionary<string, string> properties, string name, ITest test)
    {
        if (!properties.ContainsKey(name) && test.Properties.Get(name) is { } value)
        {
            properties[name] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }

    private static IEnumerable<ITest> Leaves(ITest test) =>
        test.IsSuite ? test.Tests.SelectMany(Leaves) : [test];
}
