namespace Labs.Grading.Results;

/// <summary>The kinds of late policy an instructor can choose for a lab.</summary>
public enum LatePolicyKind
{
    /// <summary>Late work keeps all its points.</summary>
    None,

    /// <summary>Late work gets 0 points (it is still graded so the student gets feedback).</summary>
    Zero,

    /// <summary>Late work loses a percentage of its points per day late, up to an optional limit of days.</summary>
    PenaltyPerDay,
}
