using Labs.Grading.Results;

namespace Labs.Grading.Tests.Results;

public sealed class LatePolicyTests
{
    private const double Tolerance = 1e-12;

    private static readonly DateTimeOffset Deadline = new(2025, 3, 14, 23, 59, 0, TimeSpan.FromHours(1));

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

    [Test]
    public void Work_at_the_deadline_is_on_time()
    {
        var policy = LatePolicy.Zero with { Deadline = Deadline };

        Assert.That(policy.Assess(Deadline), Is.EqualTo(Lateness.OnTime));
    }

    [Test]
    public void One_minute_late_is_one_started_day()
    {
        var policy = LatePolicy.PerDay(10m) with { Deadline = Deadline };

        var lateness = policy.Assess(Deadline.AddMinutes(1));

        // One started day at 10 % per day: factor 1 − 0.10 = 0.9.
        Assert.Multiple(() =>
        {
            Assert.That(lateness.IsLate, Is.True);
            Assert.That(lateness.DaysLate, Is.EqualTo(1));
            Assert.That(lateness.PointsFactor, Is.EqualTo(0.9).Within(Tolerance));
            Assert.That(lateness.Explanation, Is.EqualTo(
                "Handed in 1 day late (deadline 2025-03-14 23:59 +01:00): 10 % of the points are deducted (10 % per day)."));
        });
    }

    [Test]
    public void Time_in_another_zone_is_compared_as_an_instant()
    {
        var policy = LatePolicy.Zero with { Deadline = Deadline };

        // 23:30 UTC is 00:30 the next day at +01:00: 31 minutes late.
        var lateness = policy.Assess(new DateTimeOffset(2025, 3, 14, 23, 30, 0, TimeSpan.Zero));

        Assert.Multiple(() =>
        {
            Assert.That(lateness.DaysLate, Is.EqualTo(1));
            Assert.That(lateness.PointsFactor, Is.Zero);
        });
    }

    [Test]
    public void Penalty_stops_at_all_the_points()
    {
        var policy = LatePolicy.PerDay(40m) with { Deadline = Deadline };

        // Three started days at 40 %: 120 %, capped at 100 %.
        var lateness = policy.Assess(Deadline.AddDays(2.5));

        Assert.Multiple(() =>
        {
            Assert.That(lateness.DaysLate, Is.EqualTo(3));
            Assert.That(lateness.PointsFactor, Is.Zero);
            Assert.That(lateness.Explanation, Does.EndWith(": 100 % of the points are deducted (40 % per day)."));
        });
    }

    [Test]
    public void Work_later_than_the_last_day_gets_no_points()
    {
        var policy = LatePolicy.PerDay(10m, maxDaysLate: 2) with { Deadline = Deadline };

        var lateness = policy.Assess(Deadline.AddDays(2).AddSeconds(1));

        Assert.Multiple(() =>
        {
            Assert.That(lateness.DaysLate, Is.EqualTo(3));
            Assert.That(lateness.PointsFactor, Is.Zero);
            Assert.That(lateness.Explanation, Is.EqualTo(
                "Handed in 3 days late (deadline 2025-03-14 23:59 +01:00): work more than 2 days late gets no points, but it was graded so that you get feedback."));
        });
    }

    [Test]
    public void Policy_none_keeps_the_points_of_late_work()
    {
        var policy = LatePolicy.None with { Deadline = Deadline };

        var lateness = policy.Assess(Deadline.AddHours(30));

        Assert.Multiple(() =>
        {
            Assert.That(lateness.IsLate, Is.True);
            Assert.That(lateness.DaysLate, Is.EqualTo(2));
            Assert.That(lateness.PointsFactor, Is.EqualTo(1));
        });
    }

    [Test]
    public void Unknown_time_counts_as_on_time_and_says_so()
    {
        var policy = LatePolicy.Zero with { Deadline = Deadline };

        var lateness = policy.Assess(null);

        Assert.Multiple(() =>
        {
            Assert.That(lateness.IsLate, Is.False);
            Assert.That(lateness.PointsFactor, Is.EqualTo(1));
            Assert.That(lateness.Explanation, Is.EqualTo("The time of hand-in is unknown, so the work counts as on time."));
        });
    }

    [Test]
    public void A_lab_without_a_deadline_has_no_late_work() =>
        Assert.That(LatePolicy.Zero.Assess(Deadline.AddDays(30)), Is.EqualTo(Lateness.OnTime));
}
