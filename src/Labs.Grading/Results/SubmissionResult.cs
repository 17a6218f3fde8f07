namespace Labs.Grading.Results;

/// <summary>
/// What grading one submission produced before points are added up: the submission's identity, how far grading got,
/// every test's result and the facts the feedback needs. <see cref="GradeCalculator.Calculate"/> turns it into a
/// <see cref="SubmissionGrade"/>.
/// </summary>
public sealed record SubmissionResult
{
    /// <summary>The submission's folder or zip name, used as its folder name in the output, e.g. "alice".</summary>
    public required string SubmissionId { get; init; }

    /// <summary>The student's identifier as the gradebook knows it (user name, id number or e-mail).</summary>
    public required string StudentId { get; init; }

    /// <summary>The lab's name, shown in the feedback's header, e.g. "filtering" ("" when unknown).</summary>
    public string LabName { get; init; } = "";

    /// <summary>How far grading got.</summary>
    public required SubmissionStatus Status { get; init; }

    /// <summary>Details for the instructor when <see cref="Status"/> is <see cref="SubmissionStatus.Error"/> ("" otherwise).</summary>
    public string StatusMessage { get; init; } = "";

    /// <summary>The tasks the lab declares, in handout order; tasks that only appear on tests are added as "Task N".</summary>
    public IReadOnlyList<LabTask> Tasks { get; init; } = [];

    /// <summary>Every expected test's result; a test without a result must be listed as <see cref="TestOutcome.Missing"/>.</summary>
    public IReadOnlyList<TestGrade> Tests { get; init; } = [];

    /// <summary>Whole days after the deadline (0 when on time); see <see cref="LatePolicy.CountDaysLate"/>.</summary>
    public int DaysLate { get; init; }

    /// <summary>Files of the submission that were not graded (tests, project files, extra files), relative to its folder.</summary>
    public IReadOnlyList<string> IgnoredFiles { get; init; } = [];

    /// <summary>Compiler errors in the student's code, with student-relative paths.</summary>
    public IReadOnlyList<BuildDiagnostic> BuildDiagnostics { get; init; } = [];

    /// <summary>The version of the grader that produced the result.</summary>
    public string GraderVersion { get; init; } = Grading.Version;

    /// <summary>When the submission was graded.</summary>
    public DateTimeOffset GradedAt { get; init; } = DateTimeOffset.UtcNow;
}
