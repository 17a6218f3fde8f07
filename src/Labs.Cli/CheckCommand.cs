using System.Globalization;
using Labs.Grading.Labs;
using Labs.Grading.Output;
using Labs.Grading.Results;

namespace Labs.Cli;

/// <summary>
/// <c>labs check</c>: grades a lab's own reference solution as if a student had handed it in, so that a lab author
/// sees before publishing whether every visible and hidden test passes in the grader, and how many points it gives.
/// </summary>
internal static class CheckCommand
{
    public const string Help = """
        labs check: grades a lab's reference solution like a submission; every test must pass.

        Usage:
          labs check --lab <name or folder> [--lab-root <folder>]

        The submission is made of the lab's student files (grading.json's submission globs) with each
        #if SOLUTION … #else … #endif block replaced by its solution branch; its grade and feedback stay in
        <temp>/labs-check/<lab>/grades until the next check. Exit code 0 when it gets full marks, 1 when a test fails
        (each one is listed), 2 for a wrong command line, 3 when the lab cannot be built.

        Example:
          labs check --lab filtering
        """;

    /// <summary>Runs <c>labs check</c> with the arguments after <c>check</c>; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        return await LabsCommand.GuardAsync("check", error, async () =>
        {
            string? lab = null, labRoot = null;
            for (var i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "-h" or "--help":
                        await output.WriteLineAsync(Help).ConfigureAwait(false);
                        return 0;
                    case "--lab":
                        lab = OptionValue.Next(args, ref i, "check");
                        break;
                    case "--lab-root":
                        labRoot = OptionValue.Next(args, ref i, "check");
                        break;
                    default:
                        throw new UsageException($"unknown option '{args[i]}'. 'labs check --help' lists the options.");
                }
            }

            if (string.IsNullOrWhiteSpace(lab))
            {
                throw new UsageException("--lab is missing, e.g. '--lab filtering'. 'labs check --help' explains each option.");
            }

            var definition = LabDefinition.Load(LabLocation.Resolve(lab, labRoot, Directory.GetCurrentDirectory()));

            // Kept after the run (and replaced by the next check of the same lab), so the author can read the solution's feedback.
            var work = Path.Combine(Path.GetTempPath(), "labs-check", definition.Name);
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }

            var grade = await GradeSolutionAsync(definition, work, output, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"The solution's feedback: {Path.Combine(work, "grades", grade.SubmissionId, "feedback.html")}").ConfigureAwait(false);
            return await ReportAsync(grade, output).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private static async Task<SubmissionGrade> GradeSolutionAsync(LabDefinition lab, string work, TextWriter output, CancellationToken cancellationToken)
    {
        var submission = Path.Combine(work, "submissions", "reference-solution");
        foreach (var file in SolutionFiles.Read(lab))
        {
            var path = Path.Combine(submission, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, file.Source, cancellationToken).ConfigureAwait(false);
        }

        var options = new GradeOptions(lab.Root, Path.GetDirectoryName(submission)!, Path.Combine(work, "grades"))
        {
            Plain = true,
            SubmittedAt = Labs.Grading.Submissions.SubmissionTimeSource.None,
        };
        var grades = await new GradeCommand(options, output).RunAsync(cancellationToken).ConfigureAwait(false);
        return grades.Single();
    }

    /// <summary>Says whether the solution got full marks and lists every test that did not pass; returns the exit code.</summary>
    internal static async Task<int> ReportAsync(SubmissionGrade grade, TextWriter output)
    {
        var failed = grade.Tests.Where(t => t.Outcome != TestOutcome.Passed).ToList();
        var visible = grade.Tests.Count(t => !t.IsHidden);
        var points = string.Create(CultureInfo.InvariantCulture, $"{grade.Total:0.##} of {grade.Max:0.##} points");
        await output.WriteLineAsync().ConfigureAwait(false);
        if (failed.Count == 0 && grade.Status == SubmissionStatus.Graded)
        {
            await output.WriteLineAsync(
                $"{grade.LabName}: the reference solution gets {points} in the grader ({visible} visible and {grade.Tests.Count - visible} hidden tests pass).").ConfigureAwait(false);
            return 0;
        }

        await output.WriteLineAsync(
            $"{grade.LabName}: the reference solution gets only {points} in the grader: {grade.StatusMessage}".TrimEnd(' ', ':')).ConfigureAwait(false);
        foreach (var test in failed)
        {
            await output.WriteLineAsync($"  {test.Outcome}: {test.FullName} — {test.Message.Split('\n')[0]}").ConfigureAwait(false);
        }

        return 1;
    }
}
