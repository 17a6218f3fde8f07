using System.Reflection;
using Labs.Testing.Feedback;

namespace Labs.Testing.Tests.Feedback;

/// <summary>
/// Student code must not end a test itself. These tests throw NUnit's own exceptions from this assembly and then judge
/// them twice: once with this assembly as the test assembly (the test ended itself: allowed), once with another
/// assembly as the test assembly, so that this assembly's frames stand for student code.
/// </summary>
public sealed class EndedByStudentTests
{
    private static readonly Assembly ThisAssembly = typeof(EndedByStudentTests).Assembly;

    /// <summary>Any assembly with tests other than this one: here this assembly's frames count as the student's.</summary>
    private static readonly Assembly OtherTestAssembly = typeof(SampleLab.Checks.FeedbackSamples).Assembly;

    [Test]
    public void Assert_pass_from_the_test_itself_is_allowed() =>
        Assert.That(ExceptionFeedback.EndedByStudent(Thrown(() => Assert.Pass("done")), ThisAssembly), Is.Null);

    [Test]
    public void Assert_pass_from_student_code_is_caught()
    {
        var call = ExceptionFeedback.EndedByStudent(Thrown(() => Assert.Pass("done")), OtherTestAssembly);
        Assert.Multiple(() =>
        {
            Assert.That(call, Is.EqualTo("Assert.Pass"));
            Assert.That(ExceptionFeedback.EndedByStudentMessage(call!), Is.EqualTo(
                "Your code tried to end the test itself (Assert.Pass). Only the tests decide whether a check passes."));
        });
    }

    [Test]
    public void Ignore_and_inconclusive_from_student_code_are_caught()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ExceptionFeedback.EndedByStudent(Thrown(() => Assert.Ignore("skip")), OtherTestAssembly),
                Is.EqualTo("Assert.Ignore"));
            Assert.That(ExceptionFeedback.EndedByStudent(Thrown(() => Assert.Inconclusive("unsure")), OtherTestAssembly),
                Is.EqualTo("Assert.Inconclusive"));
        });
    }

    [Test]
    public void Assert_pass_through_reflection_is_caught_inside_the_wrapper()
    {
        // MethodInfo.Invoke wraps the exception: the student's frames are on the wrapper, NUnit's on the exception inside.
        var pass = typeof(Assert).GetMethod(nameof(Assert.Pass), [typeof(string)])!;
        var wrapped = Thrown(() => pass.Invoke(null, ["done"]));
        Assert.Multiple(() =>
        {
            Assert.That(wrapped, Is.TypeOf<TargetInvocationException>());
            Assert.That(ExceptionFeedback.EndedByStudent(wrapped, OtherTestAssembly), Is.EqualTo("Assert.Pass"));
        });
    }

    [Test]
    public void Failures_and_ordinary_exceptions_are_not_judged_here()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ExceptionFeedback.EndedByStudent(Thrown(() => Assert.Fail("wrong")), OtherTestAssembly), Is.Null);
            Assert.That(ExceptionFeedback.EndedByStudent(Thrown(() => throw new InvalidOperationException()), OtherTestAssembly), Is.Null);
        });
    }

    [Test]
    public void Without_a_known_test_assembly_nothing_is_judged() =>
        Assert.That(ExceptionFeedback.EndedByStudent(Thrown(() => Assert.Pass("done")), testAssembly: null), Is.Null);

    /// <summary>Runs <paramref name="action"/> outside any test result, as student code would, and returns what it threw.</summary>
    private static Exception Thrown(Action action)
    {
        using (new NUnit.Framework.Internal.TestExecutionContext.IsolatedContext())
        {
            try
            {
                action();
            }
#pragma warning disable CA1031 // Every exception is the value under test here.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return exception;
            }
        }

        throw new InvalidOperationException("The action threw nothing.");
    }
}
