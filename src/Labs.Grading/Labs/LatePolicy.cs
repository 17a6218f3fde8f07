using System.Globalization;

namespace Labs.Grading.Labs;

/// <summary>
/// The deadline of a lab and what happens to the points of late work.
/// Late work is always graded, so the student still gets feedback; only the points change.
/// </summary>
/// <param name="Deadline">The deadline with its time-zone offset, or null when the lab has none.</param>
/// <param name="Kind">Whether late work keeps its points, gets zero, or loses a percentage per day.</param>
/// <param name="PenaltyPercentPerDay">For <see cref="LatePolicyKind.PenaltyPerDay"/>: the percentage of the points lost per day late.</param>
/// <param name="MaxDaysLate">For <see cref="LatePolicyKind.PenaltyPerDay"/>: after this many days late the points are zero; null for no limit.</param>
/// <example>
/// <code>
/// var policy = new LatePolicy(DateTimeOffset.Parse("2025-03-14T23:59:00+01:00"), LatePolicyKind.PenaltyPerDay, 10, 5);
/// policy.Assess(DateTimeOffset.Parse("2025-03-15T08:00:00+01:00")); // 1 day late, factor 0.9
/// </code>
/// </example>
public sealed record LatePolicy(
    DateTimeOffset? Deadline,
    LatePolicyKind Kind,
    double PenaltyPercentPerDay,
    int? MaxDaysLate)
{
    /// <summary>No deadline: every submission is on time.</summary>
    public static LatePolicy None { get; } = new(null, LatePolicyKind.None, 0, null);

    /// <summary>Works out how late a submission handed in at <paramref name="submittedAt"/> is and what that does to its points.</summary>
    /// <param name="submittedAt">When the student handed the work in, or null when that is unknown (then it counts as on time and the explanation says so).</param>
    /// <returns>Whether it is late, by how many days (a started day counts), the factor for the points and a sentence for the feedback.</returns>
    public Lateness Assess(DateTimeOffset? submittedAt)
    {
        if (Deadline is not { } deadline)
        {
            return Lateness.OnTime;
        }

        if (submittedAt is not { } time)
        {
            return new Lateness(false, 0, 1, "The time of hand-in is unknown, so the work counts as on time.");
        }

        if (time <= deadline)
        {
            return Lateness.OnTime;
        }

        var days = (int)Math.Ceiling((time - deadline).TotalDays);
        var dayText = days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");
        var handedIn = $"Handed in {dayText} late (deadline {deadline.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)})";
        switch (Kind)
        {
            case LatePolicyKind.Zero:
                return new Lateness(true, days, 0, $"{handedIn}: late work gets no points, but it was graded so that you get feedback.");
            case LatePolicyKind.PenaltyPerDay when MaxDaysLate is { } max && days > max:
                return new Lateness(true, days, 0, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{handedIn}: work more than {max} days late gets no points, but it was graded so that you get feedback."));
            case LatePolicyKind.PenaltyPerDay:
                var percent = Math.Min(100, PenaltyPercentPerDay * days);
                return new Lateness(true, days, 1 - (percent / 100), string.Create(
                    CultureInfo.InvariantCulture,
                    $"{handedIn}: {percent:0.##} % of the points are deducted ({PenaltyPercentPerDay:0.##} % per day)."));
            default:
                return new Lateness(true, days, 1, $"{handedIn}: late work keeps its points.");
        }
    }
}
