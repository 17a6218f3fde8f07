using System.Diagnostics;
using System.Text;

namespace Labs.Grading.Compilation;

/// <summary>Runs one <c>dotnet build</c> of a lab's project, cleanly: no build server, no variables from an outer build or test host.</summary>
internal static class DotnetBuild
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> and returns its exit code and what it printed.</summary>
    /// <exception cref="LabBuildException">dotnet could not be started, or took longer than the options' preparation timeout.</exception>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        LabCompilerOptions options, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.DotNetPath ?? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments.Concat(["-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false"]))
        {
            start.ArgumentList.Add(argument);
        }

        // Variables set by a test host or an outer build would confuse this build.
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)
            ?? throw new LabBuildException($"Could not start '{start.FileName}' to build the lab; is the .NET SDK installed and on the PATH?");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PreparationTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            return (process.ExitCode, await output.ConfigureAwait(false), await errors.ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new LabBuildException(
                $"Building {arguments[1]} took longer than {options.PreparationTimeout.TotalSeconds:0} s; it was stopped. Build it once by hand to see why, or raise PreparationTimeout.");
        }
    }

    /// <summary>The last 4,000 characters of a build log: where the errors are.</summary>
    public static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
