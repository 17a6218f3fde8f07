namespace Labs.Testing.Snapshots;

/// <summary>The file operations shared by every kind of snapshot.</summary>
internal static class SnapshotFiles
{
    /// <summary>True when <paramref name="path"/> exists and is not empty (some diff tools create empty placeholders).</summary>
    public static bool Exists(string path) => File.Exists(path) && new FileInfo(path).Length > 0;

    /// <summary>Writes a file with <paramref name="write"/>, creating its folder first.</summary>
    public static void Write(string path, Action<string> write)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        write(path);
    }

    /// <summary>Deletes a file if it exists.</summary>
    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Opens a diff tool on a received file and its verified file, only where <paramref name="settings"/> allow it
    /// (never on continuous integration) and only when there is a verified file to compare with.
    /// </summary>
    public static void LaunchDiffTool(SnapshotSettings settings, string received, string verified)
    {
        if (settings.DiffToolAllowed && Exists(verified))
        {
            settings.LaunchDiffTool(received, verified);
        }
    }
}
