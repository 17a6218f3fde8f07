namespace Labs.Cli.Tests;

/// <summary>The repository the tests run in (the folder holding LabTemplates.sln).</summary>
internal static class Repository
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LabTemplates.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new DirectoryNotFoundException("LabTemplates.sln not found above the test folder.");
        }
    }
}
