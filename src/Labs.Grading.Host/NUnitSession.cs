using System.Reflection;
using System.Security;
using NUnit;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Labs.Grading.Host;

/// <summary>Loads and runs hidden tests with NUnit's own runner, one test at a time on the main thread.</summary>
internal static class NUnitSession
{
    private static NUnitTestAssemblyRunner? _runner;

    public static ITest Load(Assembly tests)
    {
        _runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        var settings = new Dictionary<string, object>
        {
            [FrameworkPackageSettings.RunOnMainThread] = true,
            [FrameworkPackageSettings.NumberOfTestWorkers] = 0,
            [FrameworkPackageSettings.WorkDirectory] = Environment.CurrentDirectory,
        };
        var root = _runner.Load(tests, settings);
        if (root.RunState == RunState.NotRunnable)
        {
            var reason = root.Properties.Get(PropertyNames.SkipReason) as string;
            throw new InvalidOperationException($"NUnit could not load the hidden tests: {reason}");
        }

        return root;
    }

    public static void Run(ITestListener listener, IEnumerable<string> fullNames)
    {
        var names = string.Concat(fullNames.Select(n => $"<test>{SecurityElement.Escape(n)}</test>"));
        var filter = TestFilter.FromXml($"<filter><or>{names}</or></filter>");
        _runner!.Run(listener, filter);
    }
}
