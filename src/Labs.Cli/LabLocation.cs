namespace Labs.Cli;

/// <summary>Finds the lab folder that <c>--lab</c> names: a path, or a name under the repository's <c>templates/</c>.</summary>
internal static class LabLocation
{
    public const string SolutionFile = "LabTemplates.sln";

    public static string Resolve(string lab, string? labRoot, string currentFolder)
    {
        var asPath = Path.GetFullPath(lab, currentFolder);
        if (Directory.Exists(Path.Combine(asPath, "Lab")))
        {
            return asPath;
        }

        var root = labRoot is not null ? Path.GetFullPath(labRoot, currentFolder) : RepositoryTemplates(currentFolder);
        if (root is null)
        {
            throw new UsageException(
                $"--lab {lab}: no folder {asPath}/Lab exists, and no {SolutionFile} was found above {currentFolder} to look up lab names in its templates/ folder. Run from inside the repository, pass --lab-root <folder holding the labs>, or give the lab folder's path.");
        }

        var named = Path.Combine(root, lab);
        if (!Directory.Exists(Path.Combine(named, "Lab")))
        {
            var known = Directory.Exists(root)
                ? string.Join(", ", Directory.GetDirectories(root).Where(d => Directory.Exists(Path.Combine(d, "Lab"))).Select(Path.GetFileName).Order(StringComparer.Ordinal))
                : "";
            throw new UsageException(
                $"--lab {lab}: {named} is not a lab folder (it has no Lab/ folder). Labs in {root}: {(known.Length == 0 ? "none" : known)}.");
        }

        return named;
    }

    /// <summary>The <c>templates</c> folder of the repository around <paramref name="folder"/>, or null outside one.</summary>
    public static string? RepositoryTemplates(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, SolutionFile)))
            {
                return Path.Combine(current.FullName, "templates");
            }
        }

        return null;
    }
}
