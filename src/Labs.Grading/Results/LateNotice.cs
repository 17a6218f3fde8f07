using System.Globalization;

namespace Labs.Grading.Results;

/// <summary>Writes the sentence that tells a student how the late policy changed their points.</summary>
internal static class LateNotice
{
    private const string StillGraded = "Your work was still graded so you can learn from the feedback.";

    /// <summary>Explains the policy's effect on a submission that was <paramref name="daysLate"/> days late.</summary>
    public static string Explain(LatePolicy policy, int daysLate, decimal earned, decimal penalty)
    {
        string days = daysLate == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{daysLate} days");
        string submitted = $"Submitted {days} late.";
        string points = PointsWord(earned);
        return policy.Kind switch
        {
            LatePolicyKind.None => $"{submitted} The late policy of this lab accepts late work without penalty.",
            LatePolicyKind.Zero =>
                $"{submitted} The late policy gives late work 0 points, so your {points} count as 0. {StillGraded}",
            _ when daysLate > policy.MaxDaysLate => string.Create(CultureInfo.InvariantCulture,
                $"{submitted} The late policy accepts work at most {DaysWord(policy.MaxDaysLate.Value)} late, so your {points} count as 0. {StillGraded}"),
            _ => $"{submitted} The late policy deducts {Percent(policy.PercentPerDay)} of the points per day late, "
                + $"so {Percent(policy.PercentFor(daysLate))} ({PointsWord(penalty)}) was deducted from your {points}.",
        };
    }

    private static string Percent(decimal percent) => Points.Format(percent) + "%";

    private static string PointsWord(decimal points) => Points.Format(points) + (points == 1m ? " point" : " points");

    private static string DaysWord(int days) =>
        days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");
}
