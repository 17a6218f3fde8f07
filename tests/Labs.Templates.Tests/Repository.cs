namespace Labs.Templates.Tests;

/// <summary>Paths in the repository these tests run from.</summary>
internal static class Repository
{
    private static readonly Lazy<string> _root = new(FindRoot);

    /// <summary>The repository root: the folder holding LabTemplates.sln.</summary>
    public static string Root => _root.Value;

    /// <summary>The templates/ folder.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LabTemplates.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No LabTemplates.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
