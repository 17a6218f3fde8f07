using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Labs.Grading.Compilation;

/// <summary>
/// What the compiler needs to know about the pristine lab project, read from one MSBuild build of it:
/// the reference assemblies it compiled against, its source files (the SDK's generated ones included) and its settings.
/// </summary>
internal sealed record LabProjectFacts(
    string ProjectDirectory,
    string AssemblyName,
    string TargetPath,
    string LangVersion,
    string Nullable,
    IReadOnlyList<string> DefineConstants,
    bool AllowUnsafeBlocks,
    bool CheckForOverflowUnderflow,
    IReadOnlyList<string> NoWarn,
    IReadOnlyList<string> ReferencePaths,
    IReadOnlyList<string> CompileFiles)
{
    private static readonly string[] Properties =
        ["ProjectDir", "AssemblyName", "TargetPath", "LangVersion", "Nullable", "DefineConstants", "AllowUnsafeBlocks", "CheckForOverflowUnderflow", "NoWarn"];

    /// <summary>Builds the project once with <c>dotnet build</c> and reads its reference paths, compile items and properties.</summary>
    public static async Task<LabProjectFacts> ReadAsync(string projectPath, LabCompilerOptions options, CancellationToken cancellationToken)
    {
        var arguments = new List<string>
        {
            "build", projectPath, "-c", options.Configuration, "-t:Build", "-nologo", "-nodeReuse:false",
            "-p:UseSharedCompilation=false", "-getItem:ReferencePath", "-getItem:Compile",
        };
        arguments.AddRange(Properties.Select(p => "-getProperty:" + p));
        var (exitCode, output, errors) = await RunAsync(options, arguments, Path.GetDirectoryName(projectPath)!, cancellationToken).ConfigureAwait(false);
        var start = output.IndexOf('{', StringComparison.Ordinal);
        if (exitCode != 0 || start < 0)
        {
            throw new LabBuildException($"The lab project {projectPath} does not build, so its submissions cannot be compiled. dotnet build said:\n{Tail(output + errors)}");
        }

        using var json = JsonDocument.Parse(output[start..]);
        var properties = json.RootElement.GetProperty("Properties");
        string Property(string name) => properties.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;
        var items = json.RootElement.GetProperty("Items");
        List<string> FullPaths(string item) =>
            items.TryGetProperty(item, out var list)
                ? [.. list.EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()!)]
                : [];

        return new LabProjectFacts(
            Property("ProjectDir"),
            Property("AssemblyName"),
            Property("TargetPath"),
            Property("LangVersion"),
            Property("Nullable"),
            Split(Property("DefineConstants")),
            IsTrue(Property("AllowUnsafeBlocks")),
            IsTrue(Property("CheckForOverflowUnderflow")),
            Split(Property("NoWarn")),
            FullPaths("ReferencePath"),
            FullPaths("Compile"));
    }

    private static string[] Split(string list) =>
        list.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsTrue(string value) => value.Equals("true", StringComparison.OrdinalIgnoreCase);

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        LabCompilerOptions options, List<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.DotNetPath ?? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        arguments.ForEach(start.ArgumentList.Add);

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

        using var process = Process.Start(start) ?? throw new LabBuildException($"Could not start '{start.FileName}' to build the lab.");
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

            throw new LabBuildException($"Building {arguments[1]} took longer than {options.PreparationTimeout.TotalSeconds:0} s; it was stopped.");
        }
    }
}
