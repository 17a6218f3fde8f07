namespace Labs.Grading.Results;

/// <summary>How late a submission was and what that does to its points.</summary>
/// <param name="IsLate">True when the submission came after the deadline.</param>
/// <param name="DaysLate">Whole days late, counting a started day as a day (0 when on time).</param>
/// <param name="PointsFactor">What the points are multiplied by: 1 keeps them, 0 removes them.</param>
/// <param name="Explanation">One sentence for the student's feedback, e.g. "Handed in 2 days late: 20 % of the points are deducted."</param>
public sealed record Lateness(bool IsLate, int DaysLate, double PointsFactor, string Explanation)
{
    /// <summary>A submission handed in on time (or a lab without a deadline).</summary>
    public static Lateness OnTime { get; } = new(false, 0, 1, "Handed in on time.");
}
