using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Labs.Grading.Execution.Protocol;
using Labs.Testing.Feedback;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Labs.Grading.Host;

/// <summary>
/// Reports every suite and test as it starts and finishes, and turns NUnit's verdict into the grader's:
/// only a pass counts, a test that student code ended itself (Assert.Pass, Assert.Ignore…) fails, and a test that ran
/// out of memory says so.
/// </summary>
internal sealed class GradingListener(RecordWriter writer, AssemblyProbe probe, HostRequest request) : ITestListener
{
    [ThreadStatic]
    private static bool _inHandler;

    // Keyed by the test that was running on the thread that threw: listener events arrive on NUnit's event thread,
    // later than the exception, so a single field could be read for the wrong test.
    private readonly ConcurrentDictionary<string, string> _endedByStudent = new(StringComparer.Ordinal);

    // The tests that ran out of memory, keyed the same way. The heap is full when one is recorded, so instead of a
    // dictionary a few slots allocated up front hold them until their results are written.
    private readonly ITest?[] _outOfMemory = new ITest?[8];

    /// <summary>Watches every exception thrown while tests run, to see out-of-memory and student calls to Assert.Pass/Ignore/Inconclusive.</summary>
    public void WatchExceptions() => AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;

    public void TestStarted(ITest test)
    {
        if (test.IsSuite)
        {
            writer.Write(new HostRecord { Kind = HostRecord.SuiteStarted, Name = test.FullName });
            return;
        }

        writer.Write(new HostRecord { Kind = HostRecord.TestStarted, Name = test.FullName });
    }

    public void TestFinished(ITestResult result)
    {
        if (result.Test.IsSuite)
        {
            writer.Write(new HostRecord { Kind = HostRecord.SuiteFinished, Name = result.FullName });
            return;
        }

        var (outcome, message) = Verdict(result);
        writer.Write(new HostRecord
        {
            Kind = HostRecord.TestResult,
            Name = result.FullName,
            Outcome = outcome,
            Message = Cap(message),
            StackTrace = Cap(result.StackTrace),
            Seconds = result.Duration,
            Output = Cap(result.Output),
        });
        if (outcome == HostRecord.OutcomeOutOfMemory)
        {
            // What the test allocated may still be held by static fields: give the other tests a fresh process.
            writer.Write(new HostRecord { Kind = HostRecord.Restart });
            writer.Flush();
            Environment.Exit(0);
        }
    }

    public void TestOutput(TestOutput output)
    {
    }

    public void SendMessage(TestMessage message)
    {
    }

    private (string Outcome, string? Message) Verdict(ITestResult result)
    {
        var outOfMemory = TakeOutOfMemory(result.FullName);
        if (_endedByStudent.TryRemove(result.FullName, out var assert))
        {
            return (HostRecord.OutcomeFailed, ExceptionFeedback.EndedByStudentMessage(assert));
        }

        switch (result.ResultState.Status)
        {
            case TestStatus.Passed:
                return (HostRecord.OutcomePassed, result.Message);
            case TestStatus.Failed when outOfMemory:
                var limit = string.Create(CultureInfo.InvariantCulture,
                    $"Your code used more than {request.MemoryLimitMegabytes} MB of memory, the limit for one test.");
                return (HostRecord.OutcomeOutOfMemory, limit + Environment.NewLine + result.Message);
            case TestStatus.Failed:
                return (HostRecord.OutcomeFailed, result.Message);
            default:
                var label = result.ResultState.Label is { Length: > 0 } text ? text : result.ResultState.Status.ToString();
                var verdict = $"The test ended as {label} instead of passing; only a passed test earns points.";
                return (HostRecord.OutcomeNoVerdict,
                    string.IsNullOrEmpty(result.Message) ? verdict : verdict + Environment.NewLine + result.Message);
        }
    }

    private void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (e.Exception is OutOfMemoryException)
        {
            if (!_inHandler)
            {
                _inHandler = true;
                try
                {
                    RecordOutOfMemory();
                }
                finally
                {
                    _inHandler = false;
                }
            }

            return;
        }

        if (_inHandler || ExceptionFeedback.AssertCall(e.Exception) is not { } call)
        {
            return;
        }

        _inHandler = true;
        try
        {
            if (probe.StudentCodeOnStack())
            {
                if (TestExecutionContext.CurrentContext.CurrentTest is { IsSuite: false } test)
                {
                    _endedByStudent.TryAdd(test.FullName, call);
                }
            }
        }
        finally
        {
            _inHandler = false;
        }
    }

    /// <summary>Notes that the test running on this thread ran out of memory, without allocating (the heap is full).</summary>
    private void RecordOutOfMemory()
    {
        if (TestExecutionContext.CurrentContext.CurrentTest is not { IsSuite: false } test)
        {
            return;
        }

        for (var i = 0; i < _outOfMemory.Length; i++)
        {
            var held = Interlocked.CompareExchange(ref _outOfMemory[i], test, null);
            if (held is null || ReferenceEquals(held, test))
            {
                return;
            }
        }
    }

    /// <summary>True when the test named <paramref name="fullName"/> ran out of memory; its slot is freed.</summary>
    private bool TakeOutOfMemory(string fullName)
    {
        var found = false;
        for (var i = 0; i < _outOfMemory.Length; i++)
        {
            if (Volatile.Read(ref _outOfMemory[i]) is { } test && test.FullName == fullName)
            {
                Interlocked.CompareExchange(ref _outOfMemory[i], null, test);
                found = true;
            }
        }

        return found;
    }

    private string? Cap(string? text) =>
        text is null || text.Length <= request.MaxTextLength
            ? text
            : string.Concat(text.AsSpan(0, request.MaxTextLength), Environment.NewLine, "… (cut off)");
}
