using Labs.Grading.Output;

namespace Labs.Cli;

/// <summary>
/// <c>labs gradebook</c>: writes <c>gradebook.csv</c> from the <c>grade.json</c> files in a folder's submission folders,
/// for grades made by separate runs, e.g. one GitHub Actions job per student repository.
/// </summary>
internal static class GradebookCommand
{
    public const string Help = """
        labs gradebook: writes gradebook.csv from the grade.json of every submission in a folder.

        Usage:
          labs gradebook --grades <folder> [--out <file>]

        Required:
          --grades <folder>   A folder with one sub-folder per submission holding its grade.json, as 'labs grade --out'
                              writes it, or as the grading jobs of the instructor workflow upload it.

        Options:
          --out <file>        Where the gradebook goes (default: <grades folder>/gradebook.csv).
          -h, --help          Show this help.

        Example:
          labs gradebook --grades artifacts/grades --out artifacts/gradebook.csv

        Exit codes: 0 gradebook written; 2 a wrong command line or no grade.json found.
        """;

    /// <summary>Runs <c>labs gradebook</c> with the arguments after <c>gradebook</c>; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        try
        {
            var (grades, file) = Parse(args, Directory.GetCurrentDirectory());
            if (grades is null)
            {
                await output.WriteLineAsync(Help).ConfigureAwait(false);
                return 0;
            }

            var all = GradeStore.LoadAll(grades);
            if (all.Count == 0)
            {
                throw new UsageException($"--grades {grades}: no sub-folder holds a readable {OutputFiles.Grade}. Give the folder that 'labs grade --out' wrote, with one folder per submission.");
            }

            var written = file is null ? OutputWriter.WriteGradebook(grades, all) : WriteTo(file, all);
            await output.WriteLineAsync($"Gradebook of {all.Count} submission(s): {written}").ConfigureAwait(false);
            return 0;
        }
        catch (UsageException problem)
        {
            await error.WriteLineAsync($"labs gradebook: {problem.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>The grades folder and the gradebook file (null for the default) from the command line; a null folder when help was asked for.</summary>
    private static (string? Grades, string? File) Parse(IReadOnlyList<string> args, string currentFolder)
    {
        string? grades = null, file = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    return (null, null);
                case "--grades":
                    grades = OptionValue.Next(args, ref i, "gradebook");
                    break;
                case "--out":
                    file = OptionValue.Next(args, ref i, "gradebook");
                    break;
                default:
                    throw new UsageException($"unknown option '{args[i]}'. 'labs gradebook --help' lists the options.");
            }
        }

        if (string.IsNullOrWhiteSpace(grades))
        {
            throw new UsageException("--grades is missing, e.g. '--grades artifacts/grades'. 'labs gradebook --help' explains each option.");
        }

        var folder = Path.GetFullPath(grades, currentFolder);
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--grades {grades}: the folder {folder} does not exist. Give the folder that holds one folder per graded submission.");
        }

        return (folder, file is null ? null : Path.GetFullPath(file, currentFolder));
    }

    private static string WriteTo(string file, IEnumerable<Labs.Grading.Results.SubmissionGrade> grades)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, GradebookCsv.Write(grades));
        return file;
    }
}
