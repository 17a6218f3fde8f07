using Labs.Grading.Compilation;
using Labs.Grading.Execution;
using Labs.Grading.Labs;
using Labs.Grading.Results;
using Labs.Grading.Submissions;
using ResultOutcome = Labs.Grading.Results.TestOutcome;
using ResultStatus = Labs.Grading.Results.SubmissionStatus;

namespace Labs.Cli;

/// <summary>Grades one submission: intake, compile with Roslyn, scan, run the hidden and visible tests in a test host, add up.</summary>
internal sealed class SubmissionGrader(
    LabDefinition lab,
    LabCompiler compiler,
    GradedTests graded,
    SubmissionTimeSource timeSource,
    string buildFolder)
{
    public const string ForbiddenMessage = "Your compiled code uses an API that lab code may not use, so none of its tests count. Remove that use and hand in again: ";

    private readonly IReadOnlyList<ExpectedTest> _expected = graded.Expected;
    private readonly SubmissionIntake _intake = SubmissionIntake.For(lab);
    private readonly Labs.Grading.Results.LatePolicy _latePolicy = lab.Configuration.Late;
    private readonly IReadOnlyList<LabTask> _tasks = ResultMapping.Tasks(graded.Expected);

    /// <summary>The submission's id: its folder name, or its zip name without <c>.zip</c>.</summary>
    public static string IdOf(string submissionPath) =>
        submissionPath.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? Path.GetFileNameWithoutExtension(submissionPath) : Path.GetFileName(submissionPath);

    /// <summary>Grades the submission at <paramref name="submissionPath"/>; a problem of the grader becomes an Error grade, never an exception.</summary>
    public async Task<SubmissionGrade> GradeAsync(string submissionPath, CancellationToken cancellationToken)
    {
        var id = IdOf(submissionPath);
        try
        {
            return await GradeCoreAsync(submissionPath, id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            var message = $"The grader could not grade this submission ({problem.GetType().Name}: {problem.Message}). This is not the student's fault: an instructor must look at it.";
            return Calculate(new SubmissionResult
            {
                SubmissionId = id,
                StudentId = id,
                LabName = lab.Name,
                Status = ResultStatus.Error,
                StatusMessage = message,
                Tasks = _tasks,
                Tests = [.. _expected.Select(t => ResultMapping.Grade(t, ResultOutcome.NotRun, "The grader had a problem with this submission, so the test did not run."))],
            });
        }
    }

    private async Task<SubmissionGrade> GradeCoreAsync(string submissionPath, string id, CancellationToken cancellationToken)
    {
        var files = _intake.Read(submissionPath);
        var lateness = lab.Configuration.Late.Assess(SubmissionTime.From(timeSource, submissionPath));
        var result = new SubmissionResult
        {
            SubmissionId = id,
            StudentId = files.StudentId,
            LabName = lab.Name,
            Status = ResultStatus.Graded,
            Tasks = _tasks,
            DaysLate = lateness.IsLate ? lateness.DaysLate : 0,
            IgnoredFiles = [.. files.Ignored.Select(i => i.Message), .. files.Notes],
        };

        if (files.Status != Labs.Grading.Submissions.SubmissionStatus.Accepted || files.Files.Count == 0)
        {
            var problem = files.Problem ?? "The submission holds none of the lab's source files, so there was nothing to grade.";
            return Calculate(result with
            {
                Status = files.Status == Labs.Grading.Submissions.SubmissionStatus.Rejected ? ResultStatus.Error : ResultStatus.NoSourceFiles,
                StatusMessage = problem,
                Tests = NotRun(problem),
            });
        }

        var output = Path.Combine(buildFolder, id);
        var build = compiler.Compile(files, output, cancellationToken);
        if (!build.Succeeded)
        {
            return Calculate(result with
            {
                Status = ResultStatus.CompileError,
                StatusMessage = build.ToFeedbackText(),
                BuildDiagnostics = [.. build.Errors.Select(e => new BuildDiagnostic(e.Path, e.Line, e.Column, e.Code, e.Text))],
                Tests = NotRun("Your code did not compile, so this test could not run."),
            });
        }

        var findings = ForbiddenApiScanner.Scan(build.AssemblyPath!, compiler.ForbiddenApis);
        if (findings.Count > 0)
        {
            var message = ForbiddenMessage + string.Join("; ", findings.Select(f => f.ToString()));
            return Calculate(result with
            {
                StatusMessage = message,
                Tests = [.. _expected.Select(t => ResultMapping.Grade(t, ResultOutcome.Cheating, message))],
            });
        }

        var limits = TestLimits.Default with
        {
            TestTimeout = lab.Configuration.TestTimeout,
            MemoryLimitMegabytes = lab.Configuration.MemoryLimitMegabytes,
        };
        var run = new HiddenTestRun(graded.HiddenTestAssembly, build.AssemblyPath!, [.. _expected.Select(t => t.FullName)])
        {
            OtherTestAssemblyPaths = graded.VisibleTestAssemblies,
            Limits = limits,
        };
        var results = await HiddenTestRunner.RunAsync(run, cancellationToken).ConfigureAwait(false);
        var byName = results.ToDictionary(r => r.FullName, StringComparer.Ordinal);
        var tests = _expected
            .Select(t => byName.TryGetValue(t.FullName, out var r)
                ? ResultMapping.Grade(t, r)
                : ResultMapping.Grade(t, ResultOutcome.Missing, "No result came back for this test, so it counts as failed."))
            .ToList();
        TryDelete(output);
        return Calculate(result with { Tests = tests });
    }

    private IReadOnlyList<TestGrade> NotRun(string message) => [.. _expected.Select(t => ResultMapping.Grade(t, ResultOutcome.NotRun, message))];

    private SubmissionGrade Calculate(SubmissionResult result) => GradeCalculator.Calculate(result, _latePolicy);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A left-over build folder only costs disk space.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
