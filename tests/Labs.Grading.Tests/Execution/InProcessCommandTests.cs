using System.Reflection;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Labs.Grading.Tests.Execution;

/// <summary>
/// Labs.Testing's [Points] wrapper fails a test that student code ends with Assert.Pass on its own, without the test
/// host's second check. Runs one safe test of the adversarial lab in this process with NUnit's runner.
/// </summary>
public sealed class InProcessCommandTests
{
    [Test]
    public void Points_wrapper_alone_fails_Assert_pass_from_student_code()
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(Assembly.Load("AdversarialLab.Checks"), new Dictionary<string, object>());
        var filter = TestFilter.FromXml("<filter><test>AdversarialLab.Checks.HiddenTests.Assert_pass_from_student_code</test></filter>");

        var result = Leaves(runner.Run(TestListener.NULL, filter)).Single(r => r.Test.Name == "Assert_pass_from_student_code");

        Assert.Multiple(() =>
        {
            Assert.That(result.ResultState, Is.EqualTo(ResultState.Failure));
            Assert.That(result.Message, Is.EqualTo(
                "Your code tried to end the test itself (Assert.Pass). Only the tests decide whether a check passes."));
        });
    }

    private static IEnumerable<ITestResult> Leaves(ITestResult result) =>
        result.HasChildren ? result.Children.SelectMany(Leaves) : [result];
}
