using System.Reflection;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace Labs.Testing.Feedback;

/// <summary>
/// Runs a test and turns an exception thrown by the student's code into feedback a student can act on.
/// Assertion failures and passes are left exactly as NUnit reports them, except that student code cannot end a test
/// itself: <c>Assert.Pass</c>, <c>Assert.Ignore</c> or <c>Assert.Inconclusive</c> reached from student code (through
/// reflection; labs have no reference to NUnit) fails the test.
/// </summary>
internal sealed class StudentFeedbackCommand(TestCommand innerCommand) : DelegatingTestCommand(innerCommand)
{
    public override TestResult Execute(TestExecutionContext context)
    {
        try
        {
            context.CurrentResult = innerCommand.Execute(context);
        }
        catch (Exception exception) when (ExceptionFeedback.EndedByStudent(exception, AssemblyOf(context.CurrentTest)) is { } call)
        {
            context.CurrentResult ??= context.CurrentTest.MakeTestResult();
            context.CurrentResult.SetResult(ResultState.Failure, ExceptionFeedback.EndedByStudentMessage(call));
        }
        catch (Exception exception) when (ExceptionFeedback.IsStudentException(exception))
        {
            context.CurrentResult ??= context.CurrentTest.MakeTestResult();
            var testAssembly = context.CurrentTest.TypeInfo?.Assembly;
            var report = ExceptionFeedback.Describe(exception, testAssembly, TaskOf(context.CurrentTest));
            context.CurrentResult.SetResult(
                report.IsToDo ? ResultState.Failure : ResultState.Error,
                report.Message,
                report.StackTrace);
        }

        return context.CurrentResult;
    }

    /// <summary>The task number from <see cref="LabTaskAttribute"/> on the test or one of its fixtures, if any.</summary>
    internal static int? TaskOf(ITest? test)
    {
        for (var current = test; current is not null; current = current.Parent)
        {
            if (current.Properties.Get(LabTaskAttribute.NumberProperty) is string text && int.TryParse(text, out var number))
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>The assembly that declares a test, used to tell the test's own frames from the student's.</summary>
    internal static Assembly? AssemblyOf(ITest test) => test.TypeInfo?.Assembly;
}
