namespace Labs.Testing.Tests.Report;

public sealed class PixelHistogramTests
{
    [Test]
    public void Small_integers_get_one_bin_each()
    {
        // Values 0..3: four bins centred on the integers, edges at -0.5 and 3.5.
        var h = PixelHistogram.PerChannel([0, 1, 1, 3, 3, 3], channels: 1)[0];

        Assert.Multiple(() =>
        {
            Assert.That(h.Lower, Is.EqualTo(-0.5));
            Assert.That(h.Upper, Is.EqualTo(3.5));
            Assert.That(h.Counts, Is.EqualTo(new long[] { 1, 2, 0, 3 }));
        });
    }

    [Test]
    public void Fractions_fill_the_default_bins_between_min_and_max()
    {
        // 0 goes to bin 0, 0.5 to bin 32 of 64, 1 (the maximum) to the last bin; NaN is left out.
        var h = PixelHistogram.PerChannel([0, 0.5, 1, double.NaN], channels: 1)[0];

        Assert.Multiple(() =>
        {
            Assert.That(h.Counts, Has.Length.EqualTo(PixelHistogram.DefaultBins));
            Assert.That(h.Counts[0], Is.EqualTo(1));
            Assert.That(h.Counts[32], Is.EqualTo(1));
            Assert.That(h.Counts[^1], Is.EqualTo(1));
            Assert.That(h.Counts.Sum(), Is.EqualTo(3));
        });
    }

    [Test]
    public void RGB_channels_share_the_same_bins()
    {
        // Planes R = {0, 2}, G = {1, 1}, B = {2, 0}: bins for 0, 1 and 2.
        var h = PixelHistogram.PerChannel([0, 2, 1, 1, 2, 0], channels: 3);

        Assert.Multiple(() =>
        {
            Assert.That(h.Select(x => x.Lower).Distinct(), Is.EqualTo(new[] { -0.5 }));
            Assert.That(h[0].Counts, Is.EqualTo(new long[] { 1, 0, 1 }));
            Assert.That(h[1].Counts, Is.EqualTo(new long[] { 0, 2, 0 }));
            Assert.That(h[2].Counts, Is.EqualTo(new long[] { 1, 0, 1 }));
        });
    }
}
