using System.Globalization;

namespace Labs.Tests.Shared;

/// <summary>What a finished command did: exit code and everything it printed (standard output and error, interleaved).</summary>
/// <param name="CommandLine">The command as typed in a shell.</param>
/// <param name="WorkingDirectory">Where it ran.</param>
/// <param name="ExitCode">Its exit code; −1 when it was stopped for taking too long.</param>
/// <param name="Output">Everything it printed.</param>
/// <param name="Elapsed">How long it ran.</param>
internal sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The command, its exit code and its output, for failure messages.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s. Output:{Environment.NewLine}{Output}");
}
