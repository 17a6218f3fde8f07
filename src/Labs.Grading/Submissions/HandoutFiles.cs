namespace Labs.Grading.Submissions;

/// <summary>The files a student started from (the lab's handout), to tell changed and extra files from untouched ones.</summary>
internal sealed class HandoutFiles(IReadOnlyList<string> folders)
{
    /// <summary>The folders searched in order; the first is the lab folder.</summary>
    public IReadOnlyList<string> Folders { get; } = folders;

    /// <summary>The handout's version of a file, or null when the handout has no such file or it is larger than <paramref name="maxBytes"/>.</summary>
    public byte[]? Read(string relativePath, long maxBytes)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, relativePath);
            if (File.Exists(path))
            {
                return new FileInfo(path).Length <= maxBytes ? File.ReadAllBytes(path) : null;
            }
        }

        return null;
    }

    /// <summary>True when the handout has a file at that path.</summary>
    public bool Contains(string relativePath) => Folders.Any(folder => File.Exists(Path.Combine(folder, relativePath)));

    /// <summary>The paths of the files in the lab folder itself (generated folders left out).</summary>
    public IEnumerable<string> LabFolderPaths() =>
        Folders.Count == 0 ? [] : SubmissionReader.ReadFolder(Folders[0]).Where(e => !e.IsSkippedFolder && !e.IsLink).Select(e => e.Path);
}
