namespace Labs.Grading.Output;

/// <summary>The instructor's choices for what the grader writes and how much it reveals.</summary>
/// <example>
/// <code>
/// var options = new OutputOptions
/// {
///     HiddenTests = HiddenTestFeedback.Outcome,
///     Solutions = [new SolutionFile("Lab/Filters.cs", File.ReadAllText("solution/Filters.cs"))],
/// };
/// </code>
/// </example>
public sealed record OutputOptions
{
    /// <summary>How much the student learns about hidden tests (default: everything).</summary>
    public HiddenTestFeedback HiddenTests { get; init; } = HiddenTestFeedback.Full;

    /// <summary>Sample-solution files to append to every feedback; empty (the default) appends none.</summary>
    public IReadOnlyList<SolutionFile> Solutions { get; init; } = [];

    /// <summary>When Gradescope shows hidden tests to the student (default: when grades are published).</summary>
    public GradescopeVisibility GradescopeHiddenTests { get; init; } = GradescopeVisibility.AfterPublished;

    /// <summary>Whether to write Gradescope's <c>results.json</c> per submission (default: yes).</summary>
    public bool WriteGradescope { get; init; } = true;

    /// <summary>Whether to write GitHub Classroom's <c>classroom.env</c> per submission (default: yes).</summary>
    public bool WriteClassroom { get; init; } = true;
}
