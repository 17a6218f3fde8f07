using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Labs.Tests.Shared;

/// <summary>Runs a program as a child process and waits for it, collecting standard output and error as they come.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>, stopping
    /// it (and every process it started) after <paramref name="timeout"/>; then the exit code is −1.
    /// </summary>
    /// <param name="program">The program, e.g. <c>git</c>, found on the PATH.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="arguments">Its arguments, each passed as one (no shell quoting needed).</param>
    /// <param name="environment">Changes the child's environment (a copy of this process's) before it starts.</param>
    public static CommandResult Run(
        string program,
        string workingDirectory,
        TimeSpan timeout,
        IEnumerable<string> arguments,
        Action<IDictionary<string, string?>>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        environment?.Invoke(start.Environment);

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exitCode = -1;
        if (process.WaitForExit(timeout))
        {
            process.WaitForExit();
            exitCode = process.ExitCode;
        }
        else
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Append(output, string.Create(CultureInfo.InvariantCulture, $"[stopped after {timeout.TotalSeconds:0.#} s]"));
        }

        string text;
        lock (output)
        {
            text = output.ToString();
        }

        var commandLine = string.Join(' ', start.ArgumentList.Prepend(program).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
        return new CommandResult(commandLine, workingDirectory, exitCode, text, stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
