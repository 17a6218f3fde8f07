using Labs.Grading.Labs;

namespace Labs.Grading.Tests.Labs;

public sealed class LatePolicyTests
{
    private const double Tolerance = 1e-12;

    private static readonly DateTimeOffset Deadline = new(2025, 3, 14, 23, 59, 0, TimeSpan.FromHours(1));

    [Test]
    public void Work_at_the_deadline_is_on_time()
    {
        var policy = new LatePolicy(Deadline, LatePolicyKind.Zero, 0, null);

        Assert.That(policy.Assess(Deadline), Is.EqualTo(Lateness.OnTime));
    }

    [Test]
    public void One_minute_late_is_one_started_day()
    {
        var policy = new LatePolicy(Deadline, LatePolicyKind.PenaltyPerDay, 10, null);

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
        var policy = new LatePolicy(Deadline, LatePolicyKind.Zero, 0, null);

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
        var policy = new LatePolicy(Deadline, LatePolicyKind.PenaltyPerDay, 40, null);

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
        var policy = new LatePolicy(Deadline, LatePolicyKind.PenaltyPerDay, 10, 2);

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
        var policy = new LatePolicy(Deadline, LatePolicyKind.None, 0, null);

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
        var policy = new LatePolicy(Deadline, LatePolicyKind.Zero, 0, null);

        var lateness = policy.Assess(null);

        Assert.Multiple(() =>
        {
            Assert.That(lateness.IsLate, Is.False);
            Assert.That(lateness.PointsFactor, Is.EqualTo(1));
            Assert.That(lateness.Explanation, Is.EqualTo("The time of hand-in is unknown, so the work counts as on time."));
        });
    }
}
