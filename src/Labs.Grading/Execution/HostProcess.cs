using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Labs.Grading.Execution.Protocol;

namespace Labs.Grading.Execution;

/// <summary>
/// One running test host: starts it with the key and the request on standard input, reads its output with bounded
/// memory, keeps only sealed records in order, and watches its memory as a backstop to the runtime's own limit.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private const int MaxLineBytes = 1 << 20;
    private const int MaxTextEvents = 2_000;
    private const int ErrorKeep = 4_096;
    private const long BackstopOverheadBytes = 384L << 20;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(1);

    private readonly Process _process;
    private readonly byte[] _key;
    private readonly long _backstopBytes;
    private readonly Channel<HostEvent> _events = Channel.CreateUnbounded<HostEvent>();
    private readonly Lock _gate = new();
    private readonly StringBuilder _errorHead = new();
    private readonly StringBuilder _errorTail = new();
    private long _sequence;
    private int _textEvents;

    private HostProcess(Process process, byte[] key, long backstopBytes)
    {
        _process = process;
        _key = key;
        _backstopBytes = backstopBytes;
    }

    /// <summary>The start and the end of what the host wrote to standard error (where the runtime reports a crash).</summary>
    public string ErrorText
    {
        get
        {
            lock (_gate)
            {
                return _errorHead + "\n" + _errorTail;
            }
        }
    }

    public static HostProcess Start(string hostPath, HostRequest request, TestLimits limits, string workingDirectory, string feedbackFile)
    {
        var info = new ProcessStartInfo(DotnetMuxer.Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(hostPath);
        var memoryBytes = (long)limits.MemoryLimitMegabytes << 20;
        info.Environment["DOTNET_GCHeapHardLimit"] = memoryBytes.ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        info.Environment["DOTNET_EnableCrashReport"] = "0";
        info.Environment.Remove("DOTNET_STARTUP_HOOKS");
        info.Environment["LABS_FEEDBACK_FILE"] = feedbackFile;

        // Tests that write files (snapshots' received images, the visual report) write them in this run's own folder;
        // snapshots are never accepted and no diff tool opens, whatever the instructor's shell has set.
        info.Environment["LABS_RECEIVED_DIR"] = workingDirectory;
        info.Environment["LABS_REPORT_DIR"] = Path.Combine(workingDirectory, "report");
        info.Environment["DiffEngine_Disabled"] = "true";
        info.Environment["CI"] = "true";
        info.Environment.Remove("LABS_ACCEPT_SNAPSHOTS");
        info.Environment.Remove("Verify_AutoVerify");
        info.Environment.Remove("LABS_CLASSROOM_ENV");

        var key = RecordSeal.NewKey();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start the test host {hostPath}.");
        var host = new HostProcess(process, key, memoryBytes + BackstopOverheadBytes);
        host.Begin(request);
        return host;
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the next event; <see cref="HostSilent"/> when nothing came.</summary>
    public async Task<HostEvent> NextAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_events.Reader.TryRead(out var next))
            {
                return next;
            }

            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return new HostSilent();
            }

            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                wait.CancelAfter(left < Tick ? left : Tick);
                try
                {
                    await _events.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // A tick: check the memory, then wait on.
                }
            }

            if (MemoryInUse() is { } bytes && bytes > _backstopBytes)
            {
                return new HostOverMemory(bytes);
            }
        }
    }

    /// <summary>Stops the host and everything it started.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(2_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Begin(HostRequest request)
    {
        var output = Task.Run(() => PumpAsync(_process.StandardOutput.BaseStream, isError: false));
        var error = Task.Run(() => PumpAsync(_process.StandardError.BaseStream, isError: true));
        _ = Task.Run(async () =>
        {
            await _process.WaitForExitAsync().ConfigureAwait(false);
            // Let the readers drain what the host wrote last; a grandchild holding the pipes open cannot block this.
            await Task.WhenAny(Task.WhenAll(output, error), Task.Delay(DrainTime)).ConfigureAwait(false);
            _events.Writer.TryWrite(new HostExited(_process.ExitCode));
        });

        try
        {
            var input = _process.StandardInput;
            input.WriteLine(Convert.ToBase64String(_key));
            input.WriteLine(System.Text.Json.JsonSerializer.Serialize(request, ProtocolJson.Default.HostRequest));
            input.Close();
        }
        catch (IOException)
        {
            // The host died at once; the exit event tells why.
        }
    }

    private async Task PumpAsync(Stream stream, bool isError)
    {
        var buffer = new byte[16_384];
        var line = new MemoryStream();
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] != (byte)'\n')
                    {
                        continue;
                    }

                    Append(line, buffer.AsSpan(start, i - start));
                    HandleLine(line, isError);
                    start = i + 1;
                }

                Append(line, buffer.AsSpan(start, read - start));
            }
        }
        catch (IOException)
        {
            // The pipe broke when the host was killed.
        }
        catch (ObjectDisposedException)
        {
            // The grader stopped listening.
        }

        HandleLine(line, isError);
    }

    private static void Append(MemoryStream line, ReadOnlySpan<byte> bytes)
    {
        // An endless line is printed text, never a record (records start on a fresh line): drop what came before.
        if (line.Length + bytes.Length > MaxLineBytes)
        {
            line.SetLength(0);
        }

        line.Write(bytes);
    }

    private void HandleLine(MemoryStream bytes, bool isError)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        var text = Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length).TrimEnd('\r');
        bytes.SetLength(0);
        if (isError)
        {
            KeepError(text);
        }

        if (!isError && RecordSeal.TryOpen(text, _key, out var record) && record!.Sequence == _sequence + 1)
        {
            _sequence = record.Sequence;
            _events.Writer.TryWrite(new RecordArrived(record));
            return;
        }

        if (text.Length > 0 && Interlocked.Increment(ref _textEvents) <= MaxTextEvents)
        {
            _events.Writer.TryWrite(new TextPrinted(text));
        }
    }

    private void KeepError(string text)
    {
        lock (_gate)
        {
            if (_errorHead.Length < ErrorKeep)
            {
                _errorHead.AppendLine(text.Length > ErrorKeep ? text[..ErrorKeep] : text);
                return;
            }

            _errorTail.AppendLine(text.Length > ErrorKeep ? text[^ErrorKeep..] : text);
            if (_errorTail.Length > 2 * ErrorKeep)
            {
                _errorTail.Remove(0, _errorTail.Length - ErrorKeep);
            }
        }
    }

    private long? MemoryInUse()
    {
        try
        {
            _process.Refresh();
            return _process.HasExited ? null : _process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
