using System.Reflection;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Labs.Testing.Tests;

/// <summary>Runs tests of the sample lab in-process with NUnit's own runner, so that their real results can be checked.</summary>
internal static class SampleRun
{
    private static readonly Lazy<ITestResult> AllResults = new(RunAll);

    /// <summary>The result of the sample test with the given method name in SampleLab.Checks.</summary>
    public static ITestResult Of(string methodName)
    {
        var found = Flatten(AllResults.Value).FirstOrDefault(r => r.Test.Name == methodName);
        return found ?? throw new InvalidOperationException($"No sample test named {methodName} ran.");
    }

    private static ITestResult RunAll()
    {
        var assembly = Assembly.Load("SampleLab.Checks");
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(assembly, new Dictionary<string, object>());
        return runner.Run(TestListener.NULL, TestFilter.Empty);
    }

    private static IEnumerable<ITestResult> Flatten(ITestResult result) =>
        result.HasChildren ? result.Children.SelectMany(Flatten) : [result];
}
