namespace Labs.Grading.Compilation;

/// <summary>
/// Builds a lab's test projects (its hidden tests, and its visible tests from the pristine lab) once, before grading,
/// and tells where the compiled test assemblies are.
/// </summary>
/// <example>
/// <code>
/// var built = await TestProjectBuild.BuildAsync(["work/filtering/Lab.Hidden.Tests/Lab.Hidden.Tests.csproj", "work/filtering/Lab.Tests/Lab.Tests.csproj"]);
/// var expected = await HiddenTestRunner.ListTestsAsync(built[0]);
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
        return (await BuildAsync([projectPath], options, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Builds several test projects of one lab in one <c>dotnet build</c> (the lab they share is built once) and returns
    /// the full path of each compiled assembly, in the order given. Several projects are built through a solution file,
    /// <c>labs-grading.slnx</c>, written in their common folder.
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
        if (projects.Count == 0)
        {
            throw new ArgumentException("BuildAsync: give at least one test project to build.", nameof(projectPaths));
        }

        if (projects.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            throw new LabBuildException($"BuildAsync: the test project {missing} does not exist.");
        }

        var target = projects.Count == 1 ? projects[0] : await WriteSolutionAsync(projects, cancellationToken).ConfigureAwait(false);
        var (exitCode, output, errors) = await DotnetBuild.RunAsync(
            options, ["build", target, "-c", options.Configuration, "-v", "q"], Path.GetDirectoryName(target)!, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new LabBuildException(
                $"The lab's test projects do not build (exit code {exitCode}), so the lab cannot be graded. Fix them until 'dotnet build {target}' succeeds; dotnet build said:\n{DotnetBuild.Tail((output + errors).Trim())}");
        }

        return [.. projects.Select(p => CompiledAssembly(p, options.Configuration))];
    }

    /// <summary>Writes <c>labs-grading.slnx</c> listing <paramref name="projects"/> in their common folder; returns its path.</summary>
    private static async Task<string> WriteSolutionAsync(List<string> projects, CancellationToken cancellationToken)
    {
        var folder = CommonFolder(projects);
        var solution = Path.Combine(folder, "labs-grading.slnx");
        var lines = projects.Select(p => $"  <Project Path=\"{System.Security.SecurityElement.Escape(Path.GetRelativePath(folder, p).Replace('\\', '/'))}\" />");
        await File.WriteAllTextAsync(solution, $"<Solution>\n{string.Join('\n', lines)}\n</Solution>\n", cancellationToken).ConfigureAwait(false);
        return solution;
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
}
