using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Labs.Templates.Tests;

/// <summary>
/// Runs the dotnet CLI as a child process in a clean environment, as a student's shell would: no MSBuild settings
/// leaking from the test host that runs these tests, no telemetry, the usual NuGet cache, no build servers left behind.
/// </summary>
internal static class Dotnet
{
    /// <summary>How long one command may take before it is stopped.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The NuGet package cache children use: the usual one, so NUnit and friends are not downloaded again.</summary>
    public static string PackageCache { get; } =
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> and waits for it.</summary>
    public static CommandResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, DefaultTimeout, arguments);

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>, stopping it after <paramref name="timeout"/>.</summary>
    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
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

        CleanEnvironment(start.Environment);

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
            Append(output, $"[stopped after {timeout.TotalMinutes} minutes]");
        }

        string text;
        lock (output)
        {
            text = output.ToString();
        }

        var commandLine = "dotnet " + string.Join(' ', arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
        var result = new CommandResult(commandLine, workingDirectory, exitCode, text, stopwatch.Elapsed);
        TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{commandLine}: exit code {exitCode} after {stopwatch.Elapsed.TotalSeconds:F1} s"));
        return result;
    }

    private static void CleanEnvironment(IDictionary<string, string?> environment)
    {
        // A test host started by `dotnet test` inherits MSBuild's own variables (MSBuildExtensionsPath,
        // MSBuildSDKsPath, MSBUILD_EXE_PATH…); a child dotnet that sees them builds with the wrong SDK paths.
        foreach (var name in environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("LABS_", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "true";
        environment["NUGET_PACKAGES"] = PackageCache;
        environment["DiffEngine_Disabled"] = "true";

        // No compiler or MSBuild servers outliving the test run.
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["UseSharedCompilation"] = "false";
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
