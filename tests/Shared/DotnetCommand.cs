using System.Globalization;

namespace Labs.Tests.Shared;

/// <summary>
/// Runs the dotnet CLI as a child process in a clean environment, as a student's or an instructor's shell would: no
/// MSBuild or test-host settings leaking from the test run that starts it, no telemetry, the usual NuGet cache, no
/// build servers left behind.
/// </summary>
internal static class DotnetCommand
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

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>, stopping it after <paramref name="timeout"/> (exit code −1).</summary>
    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var result = ChildProcess.Run("dotnet", workingDirectory, timeout, arguments, CleanEnvironment);
        TestContext.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.CommandLine}: exit code {result.ExitCode} after {result.Elapsed.TotalSeconds:F1} s"));
        return result;
    }

    private static void CleanEnvironment(IDictionary<string, string?> environment)
    {
        // A test host started by `dotnet test` inherits MSBuild's own variables (MSBuildExtensionsPath,
        // MSBuildSDKsPath, MSBUILD_EXE_PATH…) and its DOTNET_HOST_PATH; a child dotnet that sees them builds with the
        // wrong SDK paths. LABS_* would send the child's reports and feedback to the parent's files.
        foreach (var name in environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("LABS_", StringComparison.OrdinalIgnoreCase)
                || name == "DOTNET_HOST_PATH")
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
}
