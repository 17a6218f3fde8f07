namespace Labs.Grading.Execution;

/// <summary>
/// A test the grader expects a result for (hidden, or one of the lab's visible tests), with the grading facts the instructor attached to it.
/// Listed once per lab, before any submission runs, so that a test without a result counts as missing (a failure).
/// </summary>
/// <param name="FullName">The test's full NUnit name, used to run it and to match its result.</param>
public sealed record ExpectedTest(string FullName)
{
    /// <summary>The test's short name (the method name, with arguments for a test case).</summary>
    public string Name { get; init; } = FullName;

    /// <summary>The points from <c>[Points(n)]</c>, or null when the test has none.</summary>
    public double? Points { get; init; }

    /// <summary>The task number from <c>[LabTask(n, "title")]</c> on the test or its fixture, or null.</summary>
    public int? Task { get; init; }

    /// <summary>The task title from <c>[LabTask(n, "title")]</c>, or null.</summary>
    public string? TaskTitle { get; init; }

    /// <summary>The grading criterion from <c>[Criterion("…")]</c>, or null.</summary>
    public string? Criterion { get; init; }

    /// <summary>The test's NUnit description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// True for one of the lab's visible tests (the students have it in their repository, so its details are always
    /// shown); false for a hidden test, whose details follow the instructor's visibility choice.
    /// </summary>
    public bool IsVisible { get; init; }

    /// <summary>A readable title: the description if there is one, otherwise the name with underscores as spaces.</summary>
    public string Title => string.IsNullOrWhiteSpace(Description) ? Name.Replace('_', ' ') : Description;
}
