using System.Reflection;
using System.Security;
using NUnit;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Labs.Grading.Host;

/// <summary>Loads and runs test assemblies with NUnit's own runner, one assembly after the other and one test at a time on the main thread.</summary>
internal static class NUnitSession
{
    private static readonly List<NUnitTestAssemblyRunner> _runners = [];

    /// <summary>Loads every test assembly and returns their roots, in the same order.</summary>
    public static IReadOnlyList<ITest> Load(IEnumerable<Assembly> assemblies) => [.. assemblies.Select(Load)];

    public static void Run(ITestListener listener, IEnumerable<string> fullNames)
    {
        var names = string.Concat(fullNames.Select(n => $"<test>{SecurityElement.Escape(n)}</test>"));
        var filter = TestFilter.FromXml($"<filter><or>{names}</or></filter>");
        foreach (var runner in _runners)
        {
            runner.Run(listener, filter);
        }
    }

    private static ITest Load(Assembly tests)
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        var settings = new Dictionary<string, object>
        {
            [FrameworkPackageSettings.RunOnMainThread] = true,
            [FrameworkPackageSettings.NumberOfTestWorkers] = 0,
            [FrameworkPackageSettings.WorkDirectory] = Environment.CurrentDirectory,
        };
        var root = runner.Load(tests, settings);
        if (root.RunState == RunState.NotRunnable)
        {
            var reason = root.Properties.Get(PropertyNames.SkipReason) as string;
            throw new InvalidOperationException($"NUnit could not load the tests in {tests.GetName().Name}: {reason}");
        }

        _runners.Add(runner);
        return root;
    }
}
