using System.Diagnostics;
using System.Globalization;
using Labs.Grading.Results;
using Spectre.Console;

namespace Labs.Cli;

/// <summary>
/// Shows how grading goes: done/total, the submission being graded and the time left, then a summary table.
/// A terminal gets a live progress bar; a redirected output or a CI log gets one plain line per submission.
/// </summary>
internal abstract class GradingProgress
{
    public static GradingProgress For(TextWriter output, bool plain)
    {
        var terminal = ReferenceEquals(output, Console.Out)
            && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            && !plain;
        return terminal ? new LiveProgress() : new PlainProgress(output);
    }

    public abstract void Line(string text);

    public abstract Task RunAsync(int total, Func<Report, Task> work);

    public abstract void Summary(IReadOnlyList<SubmissionGrade> grades, int gradedNow, TimeSpan elapsed, string outFolder);

    protected static string Points(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    protected static string Describe(SubmissionGrade grade) =>
        $"{Points(grade.Total)}/{Points(grade.Max)} {grade.Status}{(grade.IsLate ? " (late)" : "")}";

    protected static IEnumerable<string[]> Rows(IReadOnlyList<SubmissionGrade> grades) =>
        grades.Select(g => new[]
        {
            g.SubmissionId,
            g.StudentId,
            Points(g.Total) + "/" + Points(g.Max),
            g.Status.ToString(),
            g.IsLate ? g.Late!.DaysLate.ToString(CultureInfo.InvariantCulture) + " d" : "",
            FirstProblem(g),
        });

    private static string FirstProblem(SubmissionGrade grade)
    {
        if (grade.Status == SubmissionStatus.CompileError && grade.BuildDiagnostics.Count > 0)
        {
            // The first compiler error says more than the sentence above the list.
            var first = grade.BuildDiagnostics[0];
            var more = grade.BuildDiagnostics.Count > 1 ? $" (+{grade.BuildDiagnostics.Count - 1} more)" : "";
            return string.Create(CultureInfo.InvariantCulture, $"{first.File}({first.Line},{first.Column}): {first.Id} {first.Message}{more}");
        }

        if (grade.Status != SubmissionStatus.Graded)
        {
            return grade.StatusMessage.Split('\n')[0];
        }

        var failed = grade.Tests.Where(t => t.Outcome != TestOutcome.Passed).GroupBy(t => t.Outcome).Select(g => $"{g.Count()} {g.Key}");
        return string.Join(", ", failed);
    }

    /// <summary>Told when each submission starts and ends.</summary>
    internal sealed class Report(int total, Action<string> started, Action<string, SubmissionGrade, string> finished)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _done;

        public void Started(string id) => started(id);

        public void Finished(string id, SubmissionGrade grade)
        {
            var done = Interlocked.Increment(ref _done);
            var left = TimeSpan.FromTicks(_clock.Elapsed.Ticks / done * (total - done));
            finished(id, grade, string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] ETA {left:m\\:ss}"));
        }
    }

    private sealed class PlainProgress(TextWriter output) : GradingProgress
    {
        private readonly Lock _lock = new();

        public override void Line(string text)
        {
            lock (_lock)
            {
                output.WriteLine(text);
            }
        }

        public override Task RunAsync(int total, Func<Report, Task> work) =>
            work(new Report(total, _ => { }, (id, grade, counter) => Line($"{counter} {id}: {Describe(grade)}")));

        public override void Summary(IReadOnlyList<SubmissionGrade> grades, int gradedNow, TimeSpan elapsed, string outFolder)
        {
            Line("");
            Line("submission | student | points | status | late | problems");
            foreach (var row in Rows(grades))
            {
                Line(string.Join(" | ", row));
            }

            Line(string.Create(CultureInfo.InvariantCulture,
                $"Graded {gradedNow} of {grades.Count} submission(s) in {elapsed.TotalSeconds:0.0} s. Gradebook: {Path.Combine(outFolder, "gradebook.csv")}"));
        }
    }

    private sealed class LiveProgress : GradingProgress
    {
        public override void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));

        public override async Task RunAsync(int total, Func<Report, Task> work) =>
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Grading", maxValue: total);
                    var running = new HashSet<string>(StringComparer.Ordinal);
                    void Show()
                    {
                        lock (running)
                        {
                            task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                                $"{task.Value:0}/{total} {string.Join(", ", running.Order(StringComparer.Ordinal))}"));
                        }
                    }

                    await work(new Report(
                        total,
                        id =>
                        {
                            lock (running)
                            {
                                running.Add(id);
                            }

                            Show();
                        },
                        (id, grade, _) =>
                        {
                            lock (running)
                            {
                                running.Remove(id);
                            }

                            task.Increment(1);
                            Show();
                        })).ConfigureAwait(false);
                }).ConfigureAwait(false);

        public override void Summary(IReadOnlyList<SubmissionGrade> grades, int gradedNow, TimeSpan elapsed, string outFolder)
        {
            var table = new Table().AddColumns("Submission", "Student", "Points", "Status", "Late", "Problems");
            foreach (var row in Rows(grades))
            {
                table.AddRow([.. row.Select(Markup.Escape)]);
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"Graded {gradedNow} of {grades.Count} submission(s) in {elapsed.TotalSeconds:0.0} s. Gradebook: {Path.Combine(outFolder, "gradebook.csv")}")));
        }
    }
}
