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

    /// <summary>
    /// Builds several test projects of one lab in one <c>dotnet build</c> (the lab they share is built once) and returns
    /// the full path of each compiled assembly, in the order given. The build goes through a solution file,
    /// <c>labs-grading.slnx</c>, written in the projects' common folder.
    /// </summary>
    /// <param name="projectPaths">The test projects, e.g. the hidden tests and the visible tests of a lab.</param>
    /// <param name="options">The configuration, the dotnet executable and the time allowed; null uses the defaults (Release).</param>
    /// <param name="cancellationToken">Stops the build.</param>
    /// <exception cref="LabBuildException">A project does not exist or does not build; the message holds the end of the build log.</exception>
    public static async Task<IReadOnlyList<string>> BuildAsync(IReadOnlyList<string> projectPaths, LabCompilerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projectPaths);
        options ??= new LabCompilerOptions();
        var projects = projectPaths.Select(Path.GetFullPath).ToList();
        if (projects.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            throw new LabBuildException($"BuildAsync: the test project {missing} does not exist.");
        }

        if (projects.Count < 2)
        {
            return [.. await Task.WhenAll(projects.Select(p => BuildAsync(p, options, cancellationToken))).ConfigureAwait(false)];
        }

        var folder = CommonFolder(projects);
        var solution = Path.Combine(folder, "labs-grading.slnx");
        var lines = projects.Select(p => $"  <Project Path=\"{System.Security.SecurityElement.Escape(Path.GetRelativePath(folder, p).Replace('\\', '/'))}\" />");
        await File.WriteAllTextAsync(solution, $"<Solution>\n{string.Join('\n', lines)}\n</Solution>\n", cancellationToken).ConfigureAwait(false);
        var (exitCode, output, errors) = await DotnetBuild.RunAsync(
            options, ["build", solution, "-c", options.Configuration, "-v", "q"], folder, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new LabBuildException(
                $"The lab's test projects do not build (exit code {exitCode}), so the lab cannot be graded. Fix them until 'dotnet build {solution}' succeeds; dotnet build said:\n{DotnetBuild.Tail((output + errors).Trim())}");
        }

        return [.. projects.Select(p => CompiledAssembly(p, options.Configuration))];
    }

    /// <summary>The newest <c>bin/{configuration}/**/{project name}.dll</c> of a built project (reference assemblies left out).</summary>
    private static string CompiledAssembly(string project, string configuration)
    {
        var name = Path.GetFileNameWithoutExtension(project) + ".dll";
        var bin = Path.Combine(Path.GetDirectoryName(project)!, "bin", configuration);
        var separator = Path.DirectorySeparatorChar;
        return (Directory.Exists(bin) ? Directory.EnumerateFiles(bin, name, SearchOption.AllDirectories) : [])
            .Where(path => !path.Contains($"{separator}ref{separator}", StringComparison.Ordinal))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault()
            ?? throw new LabBuildException($"dotnet build of {project} succeeded but wrote no {name} under {bin}; does the project set another AssemblyName?");
    }

    private static string CommonFolder(List<string> paths)
    {
        var folder = Path.GetDirectoryName(paths[0])!;
        while (!paths.All(p => p.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new LabBuildException("BuildAsync: the test projects share no folder.");
        }

        return folder;
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
