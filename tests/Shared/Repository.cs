namespace Labs.Tests.Shared;

/// <summary>The repository the tests run in: the folder holding LabTemplates.sln, found above the test assembly.</summary>
internal static class Repository
{
    private static readonly Lazy<string> _root = new(FindRoot);

    /// <summary>The repository root, e.g. for <c>Path.Combine(Repository.Root, "templates")</c>.</summary>
    public static string Root => _root.Value;

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
