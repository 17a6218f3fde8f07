namespace Labs.Grading.Results;

/// <summary>The result of one test against one submission, with everything the feedback shows about it.</summary>
/// <example>
/// <code>
/// var grade = new TestGrade
/// {
///     FullName = "Lab.Hidden.Tests.BlurTests.Box_blur_keeps_the_mean",
///     DisplayName = "Box blur keeps the mean",
///     Task = 1,
///     Max = 2m,
///     Earned = 0m,
///     Outcome = TestOutcome.Failed,
///     Message = "Expected 0.5 at (3, 4) but was 0.25.",
///     IsHidden = true,
/// };
/// </code>
/// </example>
public sealed record TestGrade
{
    /// <summary>The test's full NUnit name (namespace, class and method), unique within the lab.</summary>
    public required string FullName { get; init; }

    /// <summary>The readable name shown to students, e.g. "Box blur keeps the mean".</summary>
    public required string DisplayName { get; init; }

    /// <summary>The number of the handout task the test belongs to (0 when it names none).</summary>
    public required int Task { get; init; }

    /// <summary>The points the test is worth (its <c>[Points]</c>).</summary>
    public required decimal Max { get; init; }

    /// <summary>The points the test earned: <see cref="Max"/> when it passed, otherwise 0 (before any late penalty).</summary>
    public required decimal Earned { get; init; }

    /// <summary>What happened when the test ran.</summary>
    public required TestOutcome Outcome { get; init; }

    /// <summary>The failure message for the student ("" when the test passed).</summary>
    public string Message { get; init; } = "";

    /// <summary>The grading criterion the test checks (its <c>[Criterion]</c>), or <see langword="null"/> when it has none.</summary>
    public string? Criterion { get; init; }

    /// <summary>Extra feedback the instructor's test wrote through Labs.Testing's feedback log.</summary>
    public IReadOnlyList<string> InstructorMessages { get; init; } = [];

    /// <summary><see langword="true"/> for a hidden test (the student never saw it), <see langword="false"/> for a visible one.</summary>
    public bool IsHidden { get; init; }

    /// <summary>How long the test ran, in milliseconds (0 when unknown).</summary>
    public double DurationMs { get; init; }
}
