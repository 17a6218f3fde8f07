namespace Labs.Grading.Submissions;

/// <summary>Facts about paths inside a submission: which folders are generated, which files are system clutter.</summary>
internal static class SubmissionPaths
{
    /// <summary>Folders that hold build output, version control, editor state or archive metadata, never student work.</summary>
    private static readonly HashSet<string> GeneratedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", ".vs", ".idea", "TestResults", "__MACOSX", "node_modules", "artifacts",
    };

    private static readonly HashSet<string> SystemFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ".DS_Store", "Thumbs.db", "desktop.ini",
    };

    public static bool IsGeneratedFolder(string name) => GeneratedFolders.Contains(name);

    /// <summary>Files an operating system leaves behind (.DS_Store, Thumbs.db, macOS "._" companions): skipped without a word.</summary>
    public static bool IsSystemFile(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return SystemFiles.Contains(name) || name.StartsWith("._", StringComparison.Ordinal);
    }

    /// <summary>The generated folder a path lies in, e.g. <c>Lab/bin/</c> for <c>Lab/bin/Debug/Lab.dll</c>, or null.</summary>
    public static string? GeneratedFolderOf(string path)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (IsGeneratedFolder(segments[i]))
            {
                return string.Join('/', segments[..(i + 1)]) + "/";
            }
        }

        return null;
    }

    /// <summary>
    /// Why a path must point inside the submission: null when it is a plain relative path, otherwise the explanation.
    /// Zip files can hold paths such as <c>../x.cs</c> or <c>/etc/x</c> that would write outside the folder they are unpacked in.
    /// </summary>
    public static string? Escapes(string path)
    {
        if (path.StartsWith('/') || (path.Length >= 2 && path[1] == ':' && char.IsAsciiLetter(path[0])))
        {
            return "is an absolute path";
        }

        return path.Split('/').Contains("..") ? "points outside the submission (it contains \"..\")" : null;
    }
}
