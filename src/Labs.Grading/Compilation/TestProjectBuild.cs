using System.Text.Json;

namespace Labs.Grading.Compilation;

/// <summary>
/// Builds one of a lab's test projects (its hidden tests, or its visible tests from the pristine lab) once, before
/// grading, and tells where the compiled test assembly is.
/// </summary>
/// <example>
/// <code>
/// var hidden = await TestProjectBuild.BuildAsync("work/filtering/Lab.Hidden.Tests/Lab.Hidden.Tests.csproj");
/// var expected = await HiddenTestRunner.ListTestsAsync(hidden);
/// </code>
/// </example>
public static class TestProjectBuild
{
    /// <summary>Builds <paramref name="projectPath"/> with <c>dotnet build</c> and returns the full path of the compiled assembly.</summary>
    /// <param name="projectPath">The test project, e.g. <c>Lab.Hidden.Tests/Lab.Hidden.Tests.csproj</c>.</param>
    /// <param name="options">The configuration, the dotnet executable and the time allowed; null uses the defaults (Release).</param>
    /// <param name="cancellationToken">Stops the build.</param>
    /// <exception cref="LabBuildException">The project does not exist or does not build; the message holds the end of the build log.</exception>
    public static async Task<string> BuildAsync(string projectPath, LabCompilerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projectPath);
        options ??= new LabCompilerOptions();
        var project = Path.GetFullPath(projectPath);
        if (!File.Exists(project))
        {
            throw new LabBuildException($"BuildAsync(\"{projectPath}\"): the test project does not exist.");
        }

        var (exitCode, output, errors) = await DotnetBuild.RunAsync(
            options, ["build", project, "-c", options.Configuration, "-t:Build", "-v", "q", "-getProperty:TargetPath"], Path.GetDirectoryName(project)!, cancellationToken)
            .ConfigureAwait(false);
        var targetPath = exitCode == 0 ? TargetPath(output) : null;
        if (targetPath is null || !File.Exists(targetPath))
        {
            throw new LabBuildException(
                $"The test project {project} does not build (exit code {exitCode}), so the lab cannot be graded. Fix it until 'dotnet build' succeeds; dotnet build said:\n{DotnetBuild.Tail((output + errors).Trim())}");
        }

        return targetPath;
    }

    /// <summary>The value <c>-getProperty:TargetPath</c> printed: the last non-empty line (plain text, or JSON on some SDKs).</summary>
    private static string? TargetPath(string output)
    {
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (last is null)
        {
            return null;
        }

        if (last.StartsWith('{'))
        {
            using var json = JsonDocument.Parse(last);
            return json.RootElement.GetProperty("Properties").GetProperty("TargetPath").GetString();
        }

        return last;
    }
}
