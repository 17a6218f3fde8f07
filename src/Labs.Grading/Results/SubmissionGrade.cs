namespace Labs.Grading.Results;

/// <summary>
/// The grade of one submission: points per task and per test, the late penalty, and everything the feedback shows.
/// It is what <c>grade.json</c> stores; create one with <see cref="GradeCalculator.Calculate"/>.
/// Points are <see cref="decimal"/> values rounded to 2 decimals.
/// </summary>
public sealed record SubmissionGrade
{
    /// <summary>The submission's folder or zip name, also its folder name in the output.</summary>
    public required string SubmissionId { get; init; }

    /// <summary>The student's identifier as the gradebook knows it.</summary>
    public required string StudentId { get; init; }

    /// <summary>The lab's name ("" when unknown).</summary>
    public string LabName { get; init; } = "";

    /// <summary>How far grading got.</summary>
    public required SubmissionStatus Status { get; init; }

    /// <summary>Details for the instructor when grading failed ("" otherwise).</summary>
    public string StatusMessage { get; init; } = "";

    /// <summary>Points per task, in task-number order.</summary>
    public required IReadOnlyList<TaskGrade> Tasks { get; init; }

    /// <summary>Every test's result, in the order the tests were given.</summary>
    public required IReadOnlyList<TestGrade> Tests { get; init; }

    /// <summary>Points earned by the tests, before the late policy.</summary>
    public required decimal Earned { get; init; }

    /// <summary>Points taken away by the late policy (0 when on time).</summary>
    public decimal Penalty { get; init; }

    /// <summary>The final points: <see cref="Earned"/> minus <see cref="Penalty"/>.</summary>
    public required decimal Total { get; init; }

    /// <summary>The points all tests are worth together.</summary>
    public required decimal Max { get; init; }

    /// <summary>How late the submission was, or <see langword="null"/> when it was on time.</summary>
    public LateSubmission? Late { get; init; }

    /// <summary>Files of the submission that were not graded, relative to its folder.</summary>
    public IReadOnlyList<string> IgnoredFiles { get; init; } = [];

    /// <summary>Compiler errors in the student's code, with student-relative paths.</summary>
    public IReadOnlyList<BuildDiagnostic> BuildDiagnostics { get; init; } = [];

    /// <summary>The version of the grader that produced the grade.</summary>
    public required string GraderVersion { get; init; }

    /// <summary>When the submission was graded.</summary>
    public required DateTimeOffset GradedAt { get; init; }

    /// <summary><see langword="true"/> when the submission was late (whatever the policy did to the points).</summary>
    public bool IsLate => Late is not null;
}
