using Labs.Grading.Labs;

namespace Labs.Cli;

/// <summary>The <c>labs</c> command: reads the sub-command and hands over to it.</summary>
internal static class LabsCommand
{
    public const string Help = """
        labs: tools for instructors of the image-processing labs.

        Usage:
          labs grade --lab <name or folder> --submissions <folder> --out <folder> [options]
          labs gradebook --grades <folder> [--out <file>]
          labs check --lab <name or folder>
          labs --help
          labs grade --help
          labs gradebook --help

        Commands:
          grade      Grade every submission of a lab with its visible and hidden tests; write a gradebook and one feedback report per student.
          gradebook  Write gradebook.csv from the grade.json files of separate grading runs.
          check      Grade a lab's reference solution like a submission: every test must pass (for lab authors).
        """;

    /// <summary>Runs the command line <paramref name="args"/>; returns the process exit code (0 when grading completed).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            await output.WriteLineAsync(Help).ConfigureAwait(false);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "gradebook")
        {
            return await GradebookCommand.RunAsync(args[1..], output, error).ConfigureAwait(false);
        }

        if (args[0] == "check")
        {
            return await CheckCommand.RunAsync(args[1..], output, error, cancellationToken).ConfigureAwait(false);
        }

        if (args[0] != "grade")
        {
            await error.WriteLineAsync($"labs: unknown command '{args[0]}'. Use 'labs grade …', 'labs gradebook …' or 'labs check …'; 'labs --help' lists the commands.").ConfigureAwait(false);
            return 2;
        }

        return await GuardAsync("grade", error, async () =>
        {
            var options = GradeOptions.Parse(args[1..], Directory.GetCurrentDirectory());
            if (options is null)
            {
                await output.WriteLineAsync(GradeOptions.Help).ConfigureAwait(false);
                return 0;
            }

            var summary = await new GradeCommand(options, output).RunAsync(cancellationToken).ConfigureAwait(false);
            return summary.Count >= 0 ? 0 : 1;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a command that grades, turning its expected problems into a message and an exit code: 2 for a wrong command
    /// line or lab configuration, 3 when the lab cannot be prepared for grading.
    /// </summary>
    internal static async Task<int> GuardAsync(string command, TextWriter error, Func<Task<int>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (Exception problem) when (problem is UsageException or LabConfigurationException)
        {
            await error.WriteLineAsync($"labs {command}: {problem.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (Exception problem) when (problem is Labs.Grading.Compilation.LabBuildException or InvalidOperationException)
        {
            await error.WriteLineAsync($"labs {command}: the lab could not be prepared for grading: {problem.Message}").ConfigureAwait(false);
            return 3;
        }
    }
}
