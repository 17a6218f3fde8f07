using System.Globalization;
using System.Text.Json.Serialization;

namespace Labs.Grading.Results;

/// <summary>
/// A lab's deadline and what lateness costs: nothing, everything, or a percentage per day. It is read from the lab's
/// <c>grading.json</c> (<c>late</c>) and applied by <see cref="GradeCalculator"/>. Late work is always graded for
/// feedback; the policy only decides the points, and the feedback explains it.
/// </summary>
/// <example>
/// <code>
/// var policy = LatePolicy.PerDay(percentPerDay: 10m, maxDaysLate: 5) with { Deadline = DateTimeOffset.Parse("2025-03-14T23:59:00+01:00") };
/// int daysLate = policy.Assess(DateTimeOffset.Parse("2025-03-16T08:00:00+01:00")).DaysLate; // 2
/// decimal penalty = policy.PenaltyFor(earned: 8m, daysLate: daysLate);                     // 20 % of 8 = 1.6
/// </code>
/// </example>
public sealed record LatePolicy
{
    /// <summary>Which kind of policy this is.</summary>
    public LatePolicyKind Kind { get; init; }

    /// <summary>For <see cref="LatePolicyKind.PenaltyPerDay"/>: the percentage of the earned points lost per day late (e.g. 10).</summary>
    public decimal PercentPerDay { get; init; }

    /// <summary>
    /// For <see cref="LatePolicyKind.PenaltyPerDay"/>: the most days late that still earn points; work later than this gets 0.
    /// <see langword="null"/> means no limit (the penalty stops at 100 %).
    /// </summary>
    public int? MaxDaysLate { get; init; }

    /// <summary>
    /// The deadline with its time-zone offset, or <see langword="null"/> when the lab has none (then every submission is
    /// on time). Not written to <c>grade.json</c>, which records the days late instead.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Late work keeps all its points (and a lab without a deadline has no late work).</summary>
    public static LatePolicy None { get; } = new() { Kind = LatePolicyKind.None };

    /// <summary>Late work gets 0 points.</summary>
    public static LatePolicy Zero { get; } = new() { Kind = LatePolicyKind.Zero };

    /// <summary>Creates a policy that takes <paramref name="percentPerDay"/> % of the earned points per day late.</summary>
    /// <param name="percentPerDay">Percentage of the earned points lost per day late, greater than 0 and at most 100.</param>
    /// <param name="maxDaysLate">The most days late that still earn points, or <see langword="null"/> for no limit.</param>
    /// <returns>The policy, without a deadline (add one with <c>with { Deadline = … }</c>).</returns>
    public static LatePolicy PerDay(decimal percentPerDay, int? maxDaysLate = null)
    {
        if (percentPerDay <= 0m || percentPerDay > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percentPerDay), percentPerDay, string.Create(CultureInfo.InvariantCulture,
                $"LatePolicy.PerDay(percentPerDay: {percentPerDay}) is not a percentage: use a value greater than 0 and at most 100, e.g. 10 for 10 % per day."));
        }

        if (maxDaysLate is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDaysLate), maxDaysLate, string.Create(CultureInfo.InvariantCulture,
                $"LatePolicy.PerDay(maxDaysLate: {maxDaysLate}) is negative: use 0 or more days, or null for no limit."));
        }

        return new LatePolicy { Kind = LatePolicyKind.PenaltyPerDay, PercentPerDay = percentPerDay, MaxDaysLate = maxDaysLate };
    }

    /// <summary>Counts whole days late, rounding up: one second after the deadline is 1 day late; on time is 0.</summary>
    /// <param name="submittedAt">When the student submitted.</param>
    /// <param name="dueAt">The deadline.</param>
    /// <returns>The number of started days after the deadline.</returns>
    public static int CountDaysLate(DateTimeOffset submittedAt, DateTimeOffset dueAt)
    {
        long ticksLate = (submittedAt - dueAt).Ticks;
        return ticksLate <= 0 ? 0 : (int)((ticksLate + TimeSpan.TicksPerDay - 1) / TimeSpan.TicksPerDay);
    }

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

        var days = CountDaysLate(time, deadline);
        if (days == 0)
        {
            return Lateness.OnTime;
        }

        var dayText = days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");
        var handedIn = $"Handed in {dayText} late (deadline {deadline.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)})";
        var percent = PercentFor(days);
        var factor = (double)(1m - (percent / 100m));
        var explanation = Kind switch
        {
            LatePolicyKind.Zero => $"{handedIn}: late work gets no points, but it was graded so that you get feedback.",
            LatePolicyKind.PenaltyPerDay when days > MaxDaysLate => string.Create(CultureInfo.InvariantCulture,
                $"{handedIn}: work more than {MaxDaysLate} days late gets no points, but it was graded so that you get feedback."),
            LatePolicyKind.PenaltyPerDay => string.Create(CultureInfo.InvariantCulture,
                $"{handedIn}: {percent:0.##} % of the points are deducted ({PercentPerDay:0.##} % per day)."),
            _ => $"{handedIn}: late work keeps its points.",
        };
        return new Lateness(true, days, factor, explanation);
    }

    /// <summary>The points taken away for lateness, rounded to 2 decimals; never more than <paramref name="earned"/>.</summary>
    /// <param name="earned">The points the tests earned, before the late policy.</param>
    /// <param name="daysLate">Whole days late (0 when on time).</param>
    /// <returns>The penalty in points, between 0 and <paramref name="earned"/>.</returns>
    public decimal PenaltyFor(decimal earned, int daysLate)
    {
        if (daysLate <= 0 || earned <= 0m)
        {
            return 0m;
        }

        return Kind switch
        {
            LatePolicyKind.None => 0m,
            LatePolicyKind.Zero => Points.Round(earned),
            _ when daysLate > MaxDaysLate => Points.Round(earned),
            _ => Points.Round(earned * PercentFor(daysLate) / 100m),
        };
    }

    /// <summary>The percentage of the earned points lost after <paramref name="daysLate"/> days (at most 100).</summary>
    internal decimal PercentFor(int daysLate) => Kind switch
    {
        LatePolicyKind.None => 0m,
        LatePolicyKind.Zero => daysLate > 0 ? 100m : 0m,
        _ when daysLate > MaxDaysLate => 100m,
        _ => Math.Min(100m, PercentPerDay * daysLate),
    };
}
