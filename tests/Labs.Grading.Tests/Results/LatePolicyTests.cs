using Labs.Grading.Results;

namespace Labs.Grading.Tests.Results;

public sealed class LatePolicyTests
{
    private static readonly DateTimeOffset Due = new(2025, 3, 1, 23, 59, 0, TimeSpan.Zero);

    [Test]
    public void None_keeps_all_points_however_late() =>
        Assert.That(LatePolicy.None.PenaltyFor(earned: 7m, daysLate: 30), Is.EqualTo(0m));

    [Test]
    public void Zero_takes_all_points_after_one_day() =>
        Assert.That(LatePolicy.Zero.PenaltyFor(earned: 7m, daysLate: 1), Is.EqualTo(7m));

    [Test]
    public void No_policy_takes_points_from_work_on_time()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LatePolicy.Zero.PenaltyFor(earned: 7m, daysLate: 0), Is.EqualTo(0m));
            Assert.That(LatePolicy.PerDay(10m).PenaltyFor(earned: 7m, daysLate: 0), Is.EqualTo(0m));
        });
    }

    // 10 % per day, 2 days = 20 % of 7 points = 1.4 points.
    [Test]
    public void Per_day_penalty_grows_with_each_day() =>
        Assert.That(LatePolicy.PerDay(10m).PenaltyFor(earned: 7m, daysLate: 2), Is.EqualTo(1.4m));

    // 50 % of 1.55 = 0.775, which rounds half away from zero to 0.78.
    [Test]
    public void Per_day_penalty_is_rounded_to_two_decimals_half_away_from_zero() =>
        Assert.That(LatePolicy.PerDay(50m).PenaltyFor(earned: 1.55m, daysLate: 1), Is.EqualTo(0.78m));

    // 10 % × 12 days = 120 %, capped at 100 % = all 7 points.
    [Test]
    public void Per_day_penalty_never_exceeds_the_earned_points() =>
        Assert.That(LatePolicy.PerDay(10m).PenaltyFor(earned: 7m, daysLate: 12), Is.EqualTo(7m));

    [Test]
    public void Per_day_policy_gives_zero_beyond_its_last_accepted_day()
    {
        LatePolicy policy = LatePolicy.PerDay(10m, maxDaysLate: 3);
        Assert.Multiple(() =>
        {
            Assert.That(policy.PenaltyFor(earned: 7m, daysLate: 3), Is.EqualTo(2.1m), "3 days × 10 % of 7");
            Assert.That(policy.PenaltyFor(earned: 7m, daysLate: 4), Is.EqualTo(7m));
        });
    }

    [Test]
    public void Per_day_rejects_a_percentage_outside_0_to_100()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LatePolicy.PerDay(150m));
        Assert.That(error!.Message, Does.StartWith(
            "LatePolicy.PerDay(percentPerDay: 150) is not a percentage: use a value greater than 0 and at most 100, e.g. 10 for 10 % per day."));
    }

    [Test]
    public void Days_late_count_every_started_day()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LatePolicy.CountDaysLate(Due.AddMinutes(-5), Due), Is.EqualTo(0), "early");
            Assert.That(LatePolicy.CountDaysLate(Due, Due), Is.EqualTo(0), "exactly on the deadline");
            Assert.That(LatePolicy.CountDaysLate(Due.AddSeconds(1), Due), Is.EqualTo(1), "one second late");
            Assert.That(LatePolicy.CountDaysLate(Due.AddDays(1), Due), Is.EqualTo(1), "exactly 24 hours late");
            Assert.That(LatePolicy.CountDaysLate(Due.AddDays(1).AddSeconds(1), Due), Is.EqualTo(2), "24 hours and 1 second late");
        });
    }
}
