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
            "build", projectPath, "-c", options.Configuration, "-t:Build", "-getItem:ReferencePath", "-getItem:Compile",
        };
        arguments.AddRange(Properties.Select(p => "-getProperty:" + p));
        var (exitCode, output, errors) = await DotnetBuild.RunAsync(options, arguments, Path.GetDirectoryName(projectPath)!, cancellationToken).ConfigureAwait(false);
        var start = output.IndexOf('{', StringComparison.Ordinal);
        if (exitCode != 0 || start < 0)
        {
            throw new LabBuildException($"The lab project {projectPath} does not build, so its submissions cannot be compiled. dotnet build said:\n{DotnetBuild.Tail(output + errors)}");
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
}
