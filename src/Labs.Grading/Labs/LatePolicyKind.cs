namespace Labs.Grading.Labs;

/// <summary>What happens to the points of work handed in after the deadline.</summary>
public enum LatePolicyKind
{
    /// <summary>Late work keeps its points; it is only marked as late.</summary>
    None,

    /// <summary>Late work gets zero points (it is still graded, so the student gets feedback).</summary>
    Zero,

    /// <summary>Late work loses a percentage of its points for every day (or part of a day) it is late.</summary>
    PenaltyPerDay,
}
