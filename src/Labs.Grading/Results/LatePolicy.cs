using System.Globalization;

namespace Labs.Grading.Results;

/// <summary>
/// What lateness costs in a lab: nothing, everything, or a percentage per day. Late work is always graded for
/// feedback; the policy only decides the points, and the feedback explains it.
/// </summary>
/// <example>
/// <code>
/// var policy = LatePolicy.PerDay(percentPerDay: 10m, maxDaysLate: 5);
/// decimal penalty = policy.PenaltyFor(earned: 8m, daysLate: 2); // 20 % of 8 = 1.6
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

    /// <summary>Late work keeps all its points.</summary>
    public static LatePolicy None { get; } = new() { Kind = LatePolicyKind.None };

    /// <summary>Late work gets 0 points.</summary>
    public static LatePolicy Zero { get; } = new() { Kind = LatePolicyKind.Zero };

    /// <summary>Creates a policy that takes <paramref name="percentPerDay"/> % of the earned points per day late.</summary>
    /// <param name="percentPerDay">Percentage of the earned points lost per day late, greater than 0 and at most 100.</param>
    /// <param name="maxDaysLate">The most days late that still earn points, or <see langword="null"/> for no limit.</param>
    /// <returns>The policy.</returns>
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
