using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Labs.Testing.Feedback;

/// <summary>
/// Turns an exception from a student's code into a message a student can act on: a stub that is not implemented yet
/// reads as a to-do, and any other exception shows the student's own file and line first, without test-framework frames.
/// </summary>
public static partial class ExceptionFeedback
{
    /// <summary>
    /// Describes an exception thrown while a test ran.
    /// </summary>
    /// <param name="exception">The exception that escaped the test.</param>
    /// <param name="testAssembly">The assembly holding the tests, whose frames are shown as "the test" rather than as the student's code; null if unknown.</param>
    /// <param name="task">The task the test checks (from <see cref="LabTaskAttribute"/>), used when the stub does not name its task.</param>
    /// <example>
    /// A stub <c>throw new NotImplementedException();</c> in <c>Filtering.Correlate</c>, checked by a test of task 2, reads:
    /// <code>`Filtering.Correlate` is not implemented yet (Filtering.cs, task 2).</code>
    /// </example>
    public static ExceptionReport Describe(Exception exception, Assembly? testAssembly = null, int? task = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        exception = Unwrap(exception);
        var frames = StudentFrames(exception, testAssembly);

        if (exception is NotImplementedException)
        {
            return DescribeToDo(exception, frames, task);
        }

        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Your code threw {exception.GetType().Name}: {exception.Message}");
        var own = frames.FirstOrDefault(f => f.Kind == FrameKind.Student);
        if (own is not null)
        {
            message.AppendLine()
                .Append(CultureInfo.InvariantCulture, $"It happened in {own.Method}{own.Where}.");
        }

        return new ExceptionReport(message.ToString(), FormatTrace(frames), IsToDo: false);
    }

    /// <summary>True for exceptions that come from the code under test rather than from NUnit itself (assertion failures, Assert.Pass, Ignore…).</summary>
    internal static bool IsStudentException(Exception exception) =>
        Unwrap(exception) is not ResultStateException;

    /// <summary>
    /// The NUnit call (<c>Assert.Pass</c>, <c>Assert.Ignore</c> or <c>Assert.Inconclusive</c>) that student code used to end a
    /// test itself, or null when the exception is no such ending or only the test's own code was on the stack.
    /// Code that is neither the test framework, the Labs libraries nor the test assembly counts as the student's.
    /// </summary>
    /// <param name="exception">The exception that escaped the test.</param>
    /// <param name="testAssembly">The assembly holding the test; null when unknown, in which case nothing is judged.</param>
    internal static string? EndedByStudent(Exception exception, Assembly? testAssembly)
    {
        if (testAssembly is null)
        {
            return null;
        }

        var chain = Chain(exception);
        var call = AssertCall(chain[^1]);

        // Frames of every wrapper count: reflection splits the stack between the wrapper and the exception inside.
        var fromStudent = chain.Any(e => StudentFrames(e, testAssembly).Any(f => f.Kind == FrameKind.Student));
        return call is not null && fromStudent ? call : null;
    }

    /// <summary>The NUnit call that throws <paramref name="exception"/> to end a test early (<c>Assert.Pass</c>, …), or null for any other exception.</summary>
    /// <param name="exception">An exception seen while a test ran.</param>
    internal static string? AssertCall(Exception exception) => exception switch
    {
        SuccessException => "Assert.Pass",
        IgnoreException => "Assert.Ignore",
        InconclusiveException => "Assert.Inconclusive",
        _ => null,
    };

    /// <summary>The failure message for a test that student code tried to end itself.</summary>
    /// <param name="call">The NUnit call the student's code made, e.g. <c>Assert.Pass</c>.</param>
    internal static string EndedByStudentMessage(string call) =>
        $"Your code tried to end the test itself ({call}). Only the tests decide whether a check passes.";

    private static ExceptionReport DescribeToDo(Exception exception, IReadOnlyList<Frame> frames, int? task)
    {
        var stub = frames.FirstOrDefault(f => f.Kind == FrameKind.Student)
            ?? (frames.Count > 0 ? frames[0] : null);
        var taskInMessage = TaskPattern().Match(exception.Message);
        var taskNumber = taskInMessage.Success ? taskInMessage.Groups[1].Value : task?.ToString(CultureInfo.InvariantCulture);

        var details = new List<string>();
        if (stub?.File is { } file)
        {
            details.Add(Path.GetFileName(file));
        }

        if (taskNumber is not null)
        {
            details.Add("task " + taskNumber);
        }

        var name = stub?.Method ?? "This method";
        var where = details.Count > 0 ? $" ({string.Join(", ", details)})" : string.Empty;
        var message = $"`{name}` is not implemented yet{where}.";
        return new ExceptionReport(message, string.Empty, IsToDo: true);
    }

    private static Exception Unwrap(Exception exception) => Chain(exception)[^1];

    /// <summary>The exception and the wrappers around it, outermost first, down to the exception that was really thrown.</summary>
    private static List<Exception> Chain(Exception exception)
    {
        var chain = new List<Exception> { exception };
        while (true)
        {
            switch (exception)
            {
                case TargetInvocationException { InnerException: { } inner }:
                    exception = inner;
                    break;
                case NUnit.Framework.Internal.NUnitException { InnerException: { } rethrown }:
                    exception = rethrown;
                    break;
                case AggregateException aggregate when aggregate.InnerExceptions.Count == 1:
                    exception = aggregate.InnerExceptions[0];
                    break;
                default:
                    return chain;
            }

            chain.Add(exception);
        }
    }

    private static List<Frame> StudentFrames(Exception exception, Assembly? testAssembly)
    {
        var frames = new List<Frame>();
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            if (method is null || type is null || IsFramework(type.Assembly))
            {
                continue;
            }

            var kind = type.Assembly == testAssembly ? FrameKind.Test : FrameKind.Student;
            frames.Add(new Frame(MethodName(method), frame.GetFileName(), frame.GetFileLineNumber(), kind));
        }

        return frames;
    }

    private static bool IsFramework(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? string.Empty;
        return name is "Labs.Testing" or "Labs.Imaging" or "mscorlib" or "netstandard"
            || name.StartsWith("System", StringComparison.Ordinal)
            || name.StartsWith("Microsoft", StringComparison.Ordinal)
            || name.StartsWith("nunit", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("testhost", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><c>Filtering.Correlate</c> for a method; compiler-generated names (lambdas, local functions, iterators) map back to the method a student wrote.</summary>
    private static string MethodName(MethodBase method)
    {
        var type = method.DeclaringType!;
        var name = method.Name;
        while (type.DeclaringType is not null && type.Name.StartsWith('<'))
        {
            // Iterator, async or closure class: <Correlate>d__3 → Correlate.
            name = Between(type.Name, '<', '>') ?? name;
            type = type.DeclaringType;
        }

        name = Between(name, '<', '>') ?? name;
        if (name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal))
        {
            name = name[4..];
        }
        else if (name == ".ctor")
        {
            name = "new " + type.Name;
            return name;
        }

        return $"{TypeName(type)}.{name}";
    }

    private static string TypeName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string? Between(string text, char open, char close)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = text.IndexOf(close, StringComparison.Ordinal);
        return start >= 0 && end > start + 1 ? text[(start + 1)..end] : null;
    }

    private static string FormatTrace(IReadOnlyList<Frame> frames)
    {
        // The student's frames first (where the bug most likely is), then the test that called them.
        var ordered = frames.Where(f => f.Kind == FrameKind.Student)
            .Concat(frames.Where(f => f.Kind == FrameKind.Test));
        var trace = new StringBuilder();
        foreach (var frame in ordered)
        {
            var label = frame.Kind == FrameKind.Student ? "your code" : "the test";
            trace.Append(CultureInfo.InvariantCulture, $"   at {frame.Method}{frame.Where}  ({label})").AppendLine();
        }

        return trace.ToString().TrimEnd();
    }

    [GeneratedRegex(@"\btask\s*(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaskPattern();

    private enum FrameKind
    {
        Student,
        Test,
    }

    private sealed record Frame(string Method, string? File, int Line, FrameKind Kind)
    {
        public string Where => File is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" in {Path.GetFileName(File)}:line {Line}");
    }
}
