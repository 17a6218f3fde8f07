using System.Diagnostics;
using System.Text;
using Labs.Grading.Execution.Protocol;

namespace Labs.Grading.Execution;

/// <summary>
/// Runs one submission's hidden tests: starts a test host for the tests still without a result, follows which test is
/// running, stops the host when a test takes too long or too much memory, and starts a fresh host for the rest after
/// a timeout or a crash. Every expected test ends with exactly one result; one that never reported is missing.
/// </summary>
internal sealed class TestRunSession(HiddenTestRun run, string hostPath)
{
    private readonly TestLimits _limits = run.Limits;
    private readonly Dictionary<string, TestRunResult> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StringBuilder> _printed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InstructorMessage>> _feedback = new(StringComparer.Ordinal);
    private readonly List<string> _remaining = [];
    private readonly Stopwatch _total = new();

    public async Task<IReadOnlyList<TestRunResult>> RunAsync(CancellationToken cancellationToken)
    {
        var expected = run.Tests.Distinct(StringComparer.Ordinal).ToList();
        _remaining.AddRange(expected);
        foreach (var name in expected)
        {
            _feedback[name] = [];
        }

        var workFolder = Directory.CreateTempSubdirectory("labs-grading-");
        try
        {
            _total.Start();
            for (var attempt = 0; _remaining.Count > 0; attempt++)
            {
                if (_total.Elapsed >= _limits.TotalTimeout)
                {
                    FailRemaining(TestOutcome.TimedOut, Verdicts.TotalTimedOut(_limits.TotalTimeout));
                    break;
                }

                var feedbackFile = Path.Combine(workFolder.FullName, $"feedback-{attempt}.jsonl");
                var finished = await RunHostAsync(workFolder.FullName, feedbackFile, cancellationToken).ConfigureAwait(false);
                FeedbackFile.ReadInto(feedbackFile, _feedback, _limits.MaxTextLength);
                if (finished)
                {
                    FailRemaining(TestOutcome.Missing, Verdicts.Missing);
                }
            }
        }
        finally
        {
            TryDelete(workFolder);
        }

        return [.. expected.Select(Complete)];
    }

    /// <summary>Runs one host until it reports the end (true), asks for a fresh host, has to be stopped or dies (false).</summary>
    private async Task<bool> RunHostAsync(string workFolder, string feedbackFile, CancellationToken cancellationToken)
    {
        var request = new HostRequest
        {
            Mode = HostRequest.RunMode,
            TestAssemblies = [Path.GetFullPath(run.TestAssemblyPath), .. run.OtherTestAssemblyPaths.Select(Path.GetFullPath)],
            StudentAssembly = Path.GetFullPath(run.StudentAssemblyPath),
            ProbeFolders = [.. run.ProbeFolders.Select(Path.GetFullPath)],
            Tests = [.. _remaining],
            MemoryLimitMegabytes = _limits.MemoryLimitMegabytes,
            MaxTextLength = _limits.MaxTextLength,
        };
        using var host = HostProcess.Start(hostPath, request, _limits, workFolder, feedbackFile);
        var state = new HostState();
        while (true)
        {
            // Measured from the last step forward (ready, a fixture or test starting or ending): printing does not count.
            var limit = state.Ready ? _limits.TestTimeout : _limits.StartupTimeout;
            var wait = limit - state.Clock.Elapsed;
            var left = _limits.TotalTimeout - _total.Elapsed;
            var next = await host.NextAsync(wait < left ? wait : left, cancellationToken).ConfigureAwait(false);
            switch (next)
            {
                case RecordArrived { Record.Kind: HostRecord.Restart }:
                    return false;
                case RecordArrived { Record: var record }:
                    if (Follow(record, state))
                    {
                        return true;
                    }

                    break;
                case TextPrinted { Text: var text } when state.Current is { } current:
                    Print(current, text);
                    break;
                case HostSilent:
                    host.Kill();
                    Blame(state, TestOutcome.TimedOut, TimeoutMessage(state, wait < left ? limit : _limits.TotalTimeout));
                    return false;
                case HostOverMemory:
                    host.Kill();
                    Blame(state, TestOutcome.OutOfMemory, Verdicts.OutOfMemory(_limits.MemoryLimitMegabytes));
                    return false;
                case HostExited { ExitCode: var exitCode }:
                    var (outcome, message) = Verdicts.Crash(exitCode, host.ErrorText, _limits.MemoryLimitMegabytes);
                    Blame(state, outcome, message);
                    return false;
            }
        }
    }

    /// <summary>Follows one record; true when the host has finished.</summary>
    private bool Follow(HostRecord record, HostState state)
    {
        state.Clock.Restart();
        switch (record.Kind)
        {
            case HostRecord.Ready:
                state.Ready = true;
                break;
            case HostRecord.SuiteStarted when record.Name is { } suite:
                state.Suites.Add(suite);
                break;
            case HostRecord.SuiteFinished when record.Name is { } suite:
                state.Suites.Remove(suite);
                break;
            case HostRecord.TestStarted when record.Name is { } test:
                state.Current = test;
                break;
            case HostRecord.TestResult when record.Name is { } test:
                Finish(test, ParseOutcome(record.Outcome), record.Message ?? string.Empty, TimeSpan.FromSeconds(record.Seconds),
                    record.StackTrace, record.Output);
                state.Current = null;
                break;
            case HostRecord.Fatal:
                FailRemaining(TestOutcome.Failed, $"The tests could not be run: {record.Message}");
                return true;
            case HostRecord.Done:
                return true;
        }

        return false;
    }

    /// <summary>Gives the test that was running (or, between tests, the tests of the fixture being set up, or else every remaining test) the reason the host stopped.</summary>
    private void Blame(HostState state, TestOutcome outcome, string message)
    {
        if (state.Current is { } current)
        {
            Finish(current, outcome, message, state.Clock.Elapsed, null, null);
            return;
        }

        var suite = state.Suites.LastOrDefault(s => _remaining.Any(t => IsInside(t, s)));
        foreach (var test in _remaining.Where(t => suite is null || IsInside(t, suite)).ToList())
        {
            Finish(test, outcome, message, TimeSpan.Zero, null, null);
        }
    }

    private string TimeoutMessage(HostState state, TimeSpan limit)
    {
        if (limit >= _limits.TotalTimeout)
        {
            return state.Current is null
                ? Verdicts.TotalTimedOut(_limits.TotalTimeout)
                : Verdicts.TotalTimedOutWhileRunning(_limits.TotalTimeout);
        }

        if (!state.Ready)
        {
            return Verdicts.StartupTimedOut(limit);
        }

        var suite = state.Suites.LastOrDefault(s => _remaining.Any(t => IsInside(t, s)));
        return state.Current is null && suite is not null ? Verdicts.SetupTimedOut(suite, limit) : Verdicts.TimedOut(limit);
    }

    private void Finish(string test, TestOutcome outcome, string message, TimeSpan duration, string? stackTrace, string? output)
    {
        if (!_remaining.Remove(test))
        {
            return;
        }

        _results[test] = new TestRunResult(test, outcome, message, duration)
        {
            StackTrace = stackTrace ?? string.Empty,
            Output = output ?? string.Empty,
        };
    }

    private void FailRemaining(TestOutcome outcome, string message)
    {
        foreach (var test in _remaining.ToList())
        {
            Finish(test, outcome, message, TimeSpan.Zero, null, null);
        }
    }

    private void Print(string test, string text)
    {
        if (!_printed.TryGetValue(test, out var printed))
        {
            _printed[test] = printed = new StringBuilder();
        }

        if (printed.Length < _limits.MaxTextLength)
        {
            printed.AppendLine(text);
        }
    }

    private TestRunResult Complete(string test)
    {
        var result = _results[test];
        var output = result.Output;
        if (_printed.TryGetValue(test, out var printed))
        {
            output = output.Length == 0 ? printed.ToString() : output + Environment.NewLine + printed;
        }

        return result with
        {
            Output = output.Length > _limits.MaxTextLength ? output[.._limits.MaxTextLength] : output,
            Feedback = _feedback[test],
        };
    }

    private static TestOutcome ParseOutcome(string? outcome) => outcome switch
    {
        HostRecord.OutcomePassed => TestOutcome.Passed,
        HostRecord.OutcomeNoVerdict => TestOutcome.NoVerdict,
        HostRecord.OutcomeOutOfMemory => TestOutcome.OutOfMemory,
        _ => TestOutcome.Failed,
    };

    /// <summary>True when <paramref name="test"/> belongs to the suite (fixture, namespace or parameterised method) <paramref name="suite"/>.</summary>
    private static bool IsInside(string test, string suite) =>
        test.Length > suite.Length && test.StartsWith(suite, StringComparison.Ordinal) && test[suite.Length] is '.' or '(';

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a dying host; the temp folder is cleaned up by the system.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private sealed class HostState
    {
        public bool Ready { get; set; }

        public string? Current { get; set; }

        public List<string> Suites { get; } = [];

        public Stopwatch Clock { get; } = Stopwatch.StartNew();
    }
}
