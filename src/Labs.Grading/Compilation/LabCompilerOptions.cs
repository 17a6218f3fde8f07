namespace Labs.Grading.Compilation;

/// <summary>Settings for preparing a <see cref="LabCompiler"/> and compiling submissions with it.</summary>
/// <example>
/// <code>var options = new LabCompilerOptions { ForbiddenApis = ["System.Linq.Enumerable.Average"] };</code>
/// </example>
public sealed record LabCompilerOptions
{
    /// <summary>The MSBuild configuration used to build the pristine lab once (its reference paths and settings are read from that build).</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>The <c>dotnet</c> executable; null finds it from <c>DOTNET_HOST_PATH</c> or the PATH.</summary>
    public string? DotNetPath { get; init; }

    /// <summary>How long the one build of the pristine lab may take before preparation fails.</summary>
    public TimeSpan PreparationTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long compiling one submission may take before it fails with a message (guards against code that makes the compiler work very hard).</summary>
    public TimeSpan CompileTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Extra names the student's code may not use, added to <see cref="Rules.ForbiddenApiRules.Default"/>: a namespace, a type or a member, e.g. <c>System.Linq.Enumerable.Average</c>.</summary>
    public IReadOnlyList<string> ForbiddenApis { get; init; } = [];

    /// <summary>The most errors (and, separately, warnings) reported for one submission; the rest are counted in a note.</summary>
    public int MaxMessages { get; init; } = 100;
}
