using System.Diagnostics;
using System.Globalization;
using Labs.Grading.Compilation;
using Labs.Grading.Execution;
using Labs.Grading.Labs;
using Labs.Grading.Output;
using Labs.Grading.Results;

namespace Labs.Cli;

/// <summary>
/// <c>labs grade</c>: prepares the lab once (hidden tests built, compiler ready, tests listed), grades every submission
/// that has no grade yet (several at a time), and writes each result as soon as it is known, then the gradebook.
/// </summary>
internal sealed class GradeCommand(GradeOptions options, TextWriter output)
{
    /// <summary>Runs <c>labs grade</c> in-process, as the tool would with these arguments; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        LabsCommand.RunAsync(["grade", .. args], output, error, cancellationToken);

    /// <summary>Grades and returns every submission's grade (graded now or earlier), sorted by submission id.</summary>
    public async Task<IReadOnlyList<SubmissionGrade>> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var lab = LabDefinition.Load(options.LabFolder);
        var submissions = FindSubmissions(options.Submissions);
        if (submissions.Count == 0)
        {
            throw new UsageException($"--submissions {options.Submissions}: the folder holds no submission. Put one folder or .zip per student in it.");
        }

        Directory.CreateDirectory(options.Out);
        var grades = new Dictionary<string, SubmissionGrade>(StringComparer.Ordinal);
        var pending = new List<string>();
        foreach (var submission in submissions)
        {
            var id = SubmissionGrader.IdOf(submission);
            if (!options.Force && GradeStore.TryLoad(options.Out, id, out var earlier))
            {
                grades[id] = earlier;
            }
            else
            {
                pending.Add(submission);
            }
        }

        var progress = GradingProgress.For(output, options.Plain);
        progress.Line($"Lab {lab.Name} ({lab.Root}): {submissions.Count} submission(s), {grades.Count} already graded, {pending.Count} to grade.");
        if (pending.Count > 0)
        {
            var outputOptions = new OutputOptions
            {
                HiddenTests = Visibility(lab.Configuration.HiddenTests),
                Solutions = lab.Configuration.AppendSolutions ? SolutionFiles.Read(lab) : [],
            };
            var grader = await PrepareAsync(lab, progress, cancellationToken).ConfigureAwait(false);
            var parallelism = options.Parallelism ?? Math.Max(1, lab.Configuration.Parallelism);
            await progress.RunAsync(pending.Count, async report =>
            {
                await Parallel.ForEachAsync(
                    pending,
                    new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                    async (submission, token) =>
                    {
                        var id = SubmissionGrader.IdOf(submission);
                        report.Started(id);
                        var grade = await grader.GradeAsync(submission, token).ConfigureAwait(false);
                        OutputWriter.WriteSubmission(options.Out, grade, outputOptions);
                        lock (grades)
                        {
                            grades[id] = grade;
                        }

                        report.Finished(id, grade);
                    }).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        var all = grades.Values.OrderBy(g => g.SubmissionId, StringComparer.Ordinal).ToList();
        OutputWriter.WriteGradebook(options.Out, all);
        progress.Summary(all, pending.Count, clock.Elapsed, options.Out);
        return all;
    }

    private async Task<SubmissionGrader> PrepareAsync(LabDefinition lab, GradingProgress progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var workspace = await LabWorkspace.PrepareAsync(lab, progress.Line, cancellationToken).ConfigureAwait(false);
        var compiler = await LabCompiler.PrepareAsync(
            workspace.Lab.LabProjectPath,
            new LabCompilerOptions { ForbiddenApis = lab.Configuration.ForbiddenApis },
            cancellationToken).ConfigureAwait(false);
        // Both lists come from test hosts started side by side.
        var listings = await Task.WhenAll(
            workspace.VisibleTestAssemblies.Prepend(workspace.HiddenTestAssembly).Select(a => HiddenTestRunner.ListTestsAsync(a, cancellationToken: cancellationToken))).ConfigureAwait(false);
        var hidden = listings[0];
        if (hidden.Count == 0)
        {
            throw new UsageException($"--lab {lab.Root}: the hidden tests in {lab.HiddenTestProjectPath} hold no test to grade with. Add [Test] methods with [Points(n)].");
        }

        var visible = listings.Skip(1).SelectMany(listed => listed.Select(t => t with { IsVisible = true })).ToList();
        List<ExpectedTest> expected = [.. hidden, .. visible];
        if (expected.GroupBy(t => t.FullName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new UsageException(
                $"--lab {lab.Root}: two tests are named {twice.Key}; give the hidden tests their own namespace (e.g. Lab.Hidden.Tests) so each result goes to one test.");
        }

        progress.Line(FormattableString.Invariant(
            $"Lab ready in {clock.Elapsed.TotalSeconds:0.0} s: {visible.Count} visible tests ({Points(visible)} points) and {hidden.Count} hidden tests ({Points(hidden)} points)."));

        // Each grader builds submissions in its own folder, so two graders of the same lab never share one.
        var buildFolder = Path.Combine(workspace.Root, "submissions", Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return new SubmissionGrader(lab, compiler, new GradedTests(workspace.HiddenTestAssembly, workspace.VisibleTestAssemblies, expected), options.SubmittedAt, buildFolder);
    }

    private static string Points(IEnumerable<ExpectedTest> tests) => tests.Sum(t => t.Points ?? 1).ToString("0.##", CultureInfo.InvariantCulture);

    private static HiddenTestFeedback Visibility(HiddenTestVisibility visibility) => visibility switch
    {
        HiddenTestVisibility.Full => HiddenTestFeedback.Full,
        HiddenTestVisibility.Summary => HiddenTestFeedback.Outcome,
        _ => HiddenTestFeedback.TaskTotals,
    };

    /// <summary>One folder or .zip per student; sidecar files (<c>.submitted_at</c>) and hidden entries are not submissions.</summary>
    internal static IReadOnlyList<string> FindSubmissions(string folder) =>
        [.. Directory.EnumerateDirectories(folder)
            .Concat(Directory.EnumerateFiles(folder, "*.zip"))
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)];
}
