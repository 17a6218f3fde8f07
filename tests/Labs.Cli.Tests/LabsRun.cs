namespace Labs.Cli.Tests;

/// <summary>Runs the <c>labs</c> command in-process from the repository root, and copies example folders for it.</summary>
internal static class LabsRun
{
    /// <summary>Runs <c>labs</c> with <paramref name="args"/>; returns its exit code and everything it printed (\n line ends).</summary>
    public static async Task<(int ExitCode, string Console)> RunAsync(params string[] args)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Repository.Root;
        try
        {
            using var output = new StringWriter();
            var exitCode = await LabsCommand.RunAsync(args, output, output);
            return (exitCode, output.ToString().ReplaceLineEndings("\n"));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>Runs <c>labs grade</c> with <paramref name="args"/>.</summary>
    public static Task<(int ExitCode, string Console)> GradeAsync(params string[] args) => RunAsync(["grade", .. args]);

    /// <summary>Copies every file below <paramref name="from"/> to the same place below <paramref name="to"/>.</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
