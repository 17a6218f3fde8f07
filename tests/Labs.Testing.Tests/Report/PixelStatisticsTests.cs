namespace Labs.Testing.Tests.Report;

public sealed class PixelStatisticsTests
{
    private const double Tolerance = 1e-12;

    [Test]
    public void Statistics_of_one_to_four_match_the_hand_computation()
    {
        // mean = (1 + 2 + 3 + 4) / 4 = 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5; std = sqrt(5 / 4) = 1.1180339887...
        var s = PixelStatistics.Of([1, 2, 3, 4]);

        Assert.Multiple(() =>
        {
            Assert.That(s.Min, Is.EqualTo(1));
            Assert.That(s.Max, Is.EqualTo(4));
            Assert.That(s.Mean, Is.EqualTo(2.5).Within(Tolerance));
            Assert.That(s.StandardDeviation, Is.EqualTo(Math.Sqrt(1.25)).Within(Tolerance));
            Assert.That(s.FiniteCount, Is.EqualTo(4));
        });
    }

    [Test]
    public void NaN_and_infinities_are_counted_apart_and_left_out()
    {
        var s = PixelStatistics.Of([double.NaN, -2, double.PositiveInfinity, 6, double.NegativeInfinity]);

        // Finite values -2 and 6: mean 2, deviations ±4, std 4.
        Assert.Multiple(() =>
        {
            Assert.That(s.Min, Is.EqualTo(-2));
            Assert.That(s.Max, Is.EqualTo(6));
            Assert.That(s.Mean, Is.EqualTo(2).Within(Tolerance));
            Assert.That(s.StandardDeviation, Is.EqualTo(4).Within(Tolerance));
            Assert.That(s.NaNCount, Is.EqualTo(1));
            Assert.That(s.InfinityCount, Is.EqualTo(2));
        });
    }

    [Test]
    public void All_NaN_gives_NaN_statistics()
    {
        var s = PixelStatistics.Of([double.NaN, double.NaN]);

        Assert.Multiple(() =>
        {
            Assert.That(s.HasFiniteValues, Is.False);
            Assert.That(s.Min, Is.NaN);
            Assert.That(s.Mean, Is.NaN);
        });
    }
}
