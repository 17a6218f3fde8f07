using Labs.Grading.Results;

namespace Labs.Grading.Tests.Output;

/// <summary>Small, hand-checked grades shared by the output tests.</summary>
internal static class SampleGrades
{
    public static readonly DateTimeOffset GradedAt = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public static readonly LabTask[] Tasks = [new(1, "Box blur"), new(2, "Edges, gradients")];

    /// <summary>
    /// Four tests: task 1 = 2 (visible, passed) + 2 (hidden, failed) → 2 of 4;
    /// task 2 = 3 (hidden, not implemented) + 1 (visible, passed) → 1 of 4; total 3 of 8.
    /// </summary>
    public static TestGrade[] Tests() =>
    [
        new()
        {
            FullName = "Lab.Tests.BlurTests.Keeps_mean", DisplayName = "Box blur keeps the mean", Task = 1,
            Max = 2m, Earned = 2m, Outcome = TestOutcome.Passed, DurationMs = 12.4,
        },
        new()
        {
            FullName = "Lab.Hidden.Tests.BlurTests.Border", DisplayName = "Box blur at the border", Task = 1,
            Max = 2m, Earned = 0m, Outcome = TestOutcome.Failed, IsHidden = true,
            Message = "Expected 0.5 at (0, 0) but was 0.25.", Criterion = "Uses the `Mirror` boundary condition.",
            InstructorMessages = ["Look at Boundary.Fold."], DurationMs = 30.2,
        },
        new()
        {
            FullName = "Lab.Hidden.Tests.EdgeTests.SobelX", DisplayName = "Sobel x", Task = 2,
            Max = 3m, Earned = 0m, Outcome = TestOutcome.NotImplemented, IsHidden = true,
            Message = "`Filters.SobelX` is not implemented yet (Filters.cs, task 2).", DurationMs = 1.0,
        },
        new()
        {
            FullName = "Lab.Tests.EdgeTests.Magnitude", DisplayName = "Gradient magnitude", Task = 2,
            Max = 1m, Earned = 1m, Outcome = TestOutcome.Passed, DurationMs = 4.9,
        },
    ];

    public static SubmissionResult Result(string studentId = "alice", int daysLate = 0) => new()
    {
        SubmissionId = studentId,
        StudentId = studentId,
        LabName = "filtering",
        Status = SubmissionStatus.Graded,
        Tasks = Tasks,
        Tests = Tests(),
        DaysLate = daysLate,
        GraderVersion = "0.1.0",
        GradedAt = GradedAt,
    };

    public static SubmissionGrade Graded(string studentId = "alice", int daysLate = 0, LatePolicy? policy = null) =>
        GradeCalculator.Calculate(Result(studentId, daysLate), policy ?? LatePolicy.None);

    /// <summary>A submission that did not compile: every test is NotRun and earns 0 of its points.</summary>
    public static SubmissionGrade CompileError(string studentId = "bob") =>
        GradeCalculator.Calculate(
            Result(studentId) with
            {
                Status = SubmissionStatus.CompileError,
                Tests = Tests().Select(t => t with { Earned = 0m, Outcome = TestOutcome.NotRun, Message = "" }).ToArray(),
                BuildDiagnostics = [new BuildDiagnostic("Lab/Filters.cs", 12, 5, "CS1002", "; expected")],
                IgnoredFiles = ["Lab.Tests/BlurTests.cs", "notes.txt"],
            },
            LatePolicy.None);
}
