namespace Labs.Testing.Snapshots;

/// <summary>
/// Where the files of one snapshot live: <c>{Directory}/{Name}.verified.{ext}</c> and <c>{Directory}/{Name}.received.{ext}</c>.
/// </summary>
/// <param name="Directory">The folder that holds the snapshot's files.</param>
/// <param name="Name">The snapshot's name, e.g. <c>BlurTests.Blur_keeps_mean</c>.</param>
internal sealed record SnapshotLocation(string Directory, string Name)
{
    /// <summary>The key under which the build records the test project's folder (see Labs.Testing.Snapshots.targets).</summary>
    public const string ProjectDirectoryKey = "Labs.Testing.ProjectDirectory";

    /// <summary>
    /// The environment variable that moves received files (and heat maps) out of the source tree into another folder,
    /// e.g. <c>LABS_RECEIVED_DIR=/tmp/run1</c>: the grader sets it so that submissions graded at the same time never
    /// write the same file and verified snapshots stay untouched.
    /// </summary>
    public const string ReceivedDirectoryVariable = "LABS_RECEIVED_DIR";

    /// <summary>The folder received files go to: <see cref="ReceivedDirectoryVariable"/> when set, else <see cref="Directory"/>.</summary>
    public string ReceivedDirectory =>
        Environment.GetEnvironmentVariable(ReceivedDirectoryVariable) is { Length: > 0 } folder ? folder : Directory;

    /// <summary>True when received files go to another folder than the verified ones (<see cref="ReceivedDirectoryVariable"/> is set).</summary>
    public bool ReceivedElsewhere =>
        !string.Equals(Path.GetFullPath(ReceivedDirectory), Path.GetFullPath(Directory), StringComparison.Ordinal);

    /// <summary>Path of the verified (approved) file with extension <paramref name="extension"/> (no dot).</summary>
    public string Verified(string extension) => Path.Combine(Directory, $"{Name}.verified.{extension}");

    /// <summary>Path of the received (new, not yet approved) file with extension <paramref name="extension"/> (no dot).</summary>
    public string Received(string extension) => Path.Combine(ReceivedDirectory, $"{Name}.received.{extension}");

    /// <summary>Path of the difference heat map written beside a received image.</summary>
    public string ReceivedDifference() => Path.Combine(ReceivedDirectory, $"{Name}.received.diff.png");

    /// <summary>
    /// Finds the folder for the snapshots of a test written in <paramref name="sourceFile"/>.
    /// </summary>
    /// <remarks>
    /// <para>The folder of the source file is used whenever it exists: that is where verified files are committed.</para>
    /// <para>When it does not exist (the tests run on another machine, or from a copied output folder), the build's copy of
    /// the verified files in <paramref name="baseDirectory"/> is used: first at the source folder's path relative to the
    /// test project (<paramref name="projectDirectory"/>), else at the longest tail of the source folder's path that
    /// holds the snapshot, else <paramref name="baseDirectory"/> itself.</para>
    /// </remarks>
    /// <param name="sourceFile">The test's source file, as given by <c>[CallerFilePath]</c>.</param>
    /// <param name="name">The snapshot's name.</param>
    /// <param name="extension">The snapshot's file extension, without a dot (<c>txt</c>, <c>png</c>).</param>
    /// <param name="baseDirectory">The folder of the test binaries (normally <see cref="AppContext.BaseDirectory"/>).</param>
    /// <param name="projectDirectory">The test project's folder at build time, or null when the build did not record it.</param>
    public static SnapshotLocation Resolve(string sourceFile, string name, string extension, string baseDirectory, string? projectDirectory)
    {
        var sourceDirectory = Path.GetDirectoryName(sourceFile);
        if (!string.IsNullOrEmpty(sourceDirectory) && System.IO.Directory.Exists(sourceDirectory))
        {
            return new SnapshotLocation(sourceDirectory, name);
        }

        // Split on both separators: the tests may have been built on another operating system.
        var fileParts = SplitPath(sourceFile);
        var sourceParts = fileParts.Length > 0 ? fileParts[..^1] : [];
        var relativeParts = RelativeToProject(sourceParts, projectDirectory);
        var candidates = new List<string>();
        if (relativeParts is not null)
        {
            candidates.Add(Path.Combine([baseDirectory, .. relativeParts]));
        }

        // Without a recorded project folder (or with a path the compiler rewrote, such as /_/tests/...), try the
        // tails of the source folder's path, longest first: a/b/c, then b/c, then c, then the base folder itself.
        for (var start = 0; start <= sourceParts.Length; start++)
        {
            candidates.Add(Path.Combine([baseDirectory, .. sourceParts[start..]]));
        }

        foreach (var candidate in candidates)
        {
            var location = new SnapshotLocation(candidate, name);
            if (File.Exists(location.Verified(extension)))
            {
                return location;
            }
        }

        // A new snapshot out of the source tree: its received file goes where the build would copy the verified one.
        return new SnapshotLocation(candidates[relativeParts is null ? ^1 : 0], name);
    }

    /// <summary>The project folder recorded by the build in the test's runtime configuration, if any.</summary>
    public static string? RecordedProjectDirectory() => AppContext.GetData(ProjectDirectoryKey) as string;

    private static string[] SplitPath(string path) => path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);

    private static string[]? RelativeToProject(string[] sourceParts, string? projectDirectory)
    {
        if (string.IsNullOrEmpty(projectDirectory))
        {
            return null;
        }

        var projectParts = SplitPath(projectDirectory);
        if (projectParts.Length > sourceParts.Length)
        {
            return null;
        }

        for (var i = 0; i < projectParts.Length; i++)
        {
            if (!string.Equals(projectParts[i], sourceParts[i], StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return sourceParts[projectParts.Length..];
    }
}
