namespace Labs.Imaging.Tests;

/// <summary>
/// Normalize, To8Bit, byte arrays, transpose and flips, on non-square and RGB images, with values worked out by hand;
/// and a check that no method of this group changes the image it is called on.
/// </summary>
public sealed class ConversionTests
{
    private const double Tolerance = 1e-15;

    // 3 wide, 2 high: non-square, so a swapped x and y cannot go unnoticed.
    private static Image ThreeByTwo() => Image.FromRows([1, 2, 3], [4, 5, 6]);

    // 2 wide, 1 high, RGB: pixel 0 = (0, 10, 20), pixel 1 = (40, 30, 20).
    private static Image RgbPair()
    {
        var image = Image.CreateRgb(2, 1);
        image.SetRgb(0, 0, new Rgb(0, 10, 20));
        image.SetRgb(1, 0, new Rgb(40, 30, 20));
        return image;
    }

    [Test]
    public void Normalize_maps_min_to_zero_and_max_to_one()
    {
        // (v − 10) / (30 − 10): 10 → 0, 15 → 0.25, 30 → 1.
        var result = Image.FromRows([10, 15, 30]).Normalize();

        Assert.That(result.ToArray(), Is.EqualTo(new[,] { { 0, 0.25, 1 } }).Within(Tolerance));
    }

    [Test]
    public void Normalize_of_a_constant_image_is_all_zeros()
    {
        Assert.That(new Image(2, 2, fill: 7).Normalize().ToArray(), Is.EqualTo(new double[,] { { 0, 0 }, { 0, 0 } }));
    }

    [Test]
    public void Normalize_keeps_NaN_and_ignores_it_for_the_range()
    {
        var result = Image.FromRows([double.NaN, 2, 4]).Normalize();

        Assert.Multiple(() =>
        {
            Assert.That(result[0, 0], Is.NaN);
            Assert.That(result[1, 0], Is.EqualTo(0));
            Assert.That(result[2, 0], Is.EqualTo(1));
        });
    }

    [Test]
    public void Normalize_of_rgb_uses_one_range_for_all_channels()
    {
        // Min 0 and max 40 over all channels: (0, 10, 20) → (0, 0.25, 0.5); (40, 30, 20) → (1, 0.75, 0.5).
        var result = RgbPair().Normalize();

        Assert.Multiple(() =>
        {
            Assert.That(result.GetRgb(0, 0), Is.EqualTo(new Rgb(0, 0.25, 0.5)));
            Assert.That(result.GetRgb(1, 0), Is.EqualTo(new Rgb(1, 0.75, 0.5)));
        });
    }

    [Test]
    public void Normalize_refuses_infinity()
    {
        Assert.That(
            () => Image.FromRows([0, double.PositiveInfinity]).Normalize(),
            Throws.InvalidOperationException.With.Message.EqualTo(
                "Normalize: the image contains ∞ or -∞, so it cannot be stretched to [0, 1]. "
                + "Replace the infinite values first (for example by 0 or by the largest finite value)."));
    }

    // Halves round away from zero (254.5 → 255, 0.5 → 1, 2.5 → 3; rounding to even would give 254, 0, 2),
    // then the result is clipped to [0, 255]; NaN → 0.
    [TestCase(254.5, 255)]
    [TestCase(255.5, 255)]
    [TestCase(-0.5, 0)]
    [TestCase(0.5, 1)]
    [TestCase(1.5, 2)]
    [TestCase(2.5, 3)]
    [TestCase(127.49, 127)]
    [TestCase(-3, 0)]
    [TestCase(1000, 255)]
    [TestCase(double.NaN, 0)]
    [TestCase(double.PositiveInfinity, 255)]
    [TestCase(double.NegativeInfinity, 0)]
    public void To8Bit_rounds_half_away_from_zero_and_clips(double value, double expected)
    {
        Assert.That(Image.FromRows([value]).To8Bit()[0, 0], Is.EqualTo(expected));
    }

    [Test]
    public void To8Bit_never_gives_negative_zero()
    {
        // −0.4 rounds to −0; an 8-bit value has no sign, so it must be +0.
        Assert.That(double.IsNegative(Image.FromRows([-0.4]).To8Bit()[0, 0]), Is.False);
    }

    [Test]
    public void To8Bit_of_rgb_converts_every_channel()
    {
        var result = Image.CreateRgb(1, 1, new Rgb(-1, 12.5, 300)).To8Bit();

        Assert.That(result.GetRgb(0, 0), Is.EqualTo(new Rgb(0, 13, 255)));
    }

    [Test]
    public void ToByteArray_is_indexed_row_then_column()
    {
        var image = Image.FromRows([0.4, 127.5, 3], [-1, 999, 254.5]);

        Assert.That(image.ToByteArray(), Is.EqualTo(new byte[,] { { 0, 128, 3 }, { 0, 255, 255 } }));
    }

    [Test]
    public void ToByteArray3D_holds_the_channels_last()
    {
        var bytes = RgbPair().ToByteArray3D();

        Assert.Multiple(() =>
        {
            Assert.That(bytes.GetLength(0), Is.EqualTo(1));
            Assert.That(bytes.GetLength(1), Is.EqualTo(2));
            Assert.That(new[] { bytes[0, 1, 0], bytes[0, 1, 1], bytes[0, 1, 2] }, Is.EqualTo(new byte[] { 40, 30, 20 }));
        });
    }

    [Test]
    public void ToByteArray_of_rgb_points_to_ToByteArray3D()
    {
        Assert.That(
            () => RgbPair().ToByteArray(),
            Throws.InvalidOperationException.With.Message.EqualTo(
                "ToByteArray works on grayscale images, but this image is RGB (2×1 RGB). Use ToByteArray3D() for an array indexed [y, x, channel]."));
    }

    [Test]
    public void Transpose_swaps_rows_and_columns()
    {
        var result = ThreeByTwo().Transpose();

        Assert.Multiple(() =>
        {
            Assert.That(result.Shape, Is.EqualTo(new ImageShape(2, 3)));
            Assert.That(result.ToArray(), Is.EqualTo(new double[,] { { 1, 4 }, { 2, 5 }, { 3, 6 } }));
        });
    }

    [Test]
    public void FlipHorizontal_swaps_left_and_right()
    {
        Assert.That(ThreeByTwo().FlipHorizontal().ToArray(), Is.EqualTo(new double[,] { { 3, 2, 1 }, { 6, 5, 4 } }));
    }

    [Test]
    public void FlipVertical_swaps_top_and_bottom()
    {
        Assert.That(ThreeByTwo().FlipVertical().ToArray(), Is.EqualTo(new double[,] { { 4, 5, 6 }, { 1, 2, 3 } }));
    }

    [Test]
    public void Transpose_and_flips_move_whole_rgb_pixels()
    {
        var image = RgbPair();
        var transposed = image.Transpose();
        var flippedHorizontally = image.FlipHorizontal();
        var flippedVertically = image.FlipVertical();

        Assert.Multiple(() =>
        {
            Assert.That(transposed.Shape, Is.EqualTo(new ImageShape(1, 2, 3)));
            Assert.That(transposed.GetRgb(0, 1), Is.EqualTo(new Rgb(40, 30, 20)));
            Assert.That(flippedHorizontally.GetRgb(0, 0), Is.EqualTo(new Rgb(40, 30, 20)));
            Assert.That(flippedHorizontally.GetRgb(1, 0), Is.EqualTo(new Rgb(0, 10, 20)));
            Assert.That(flippedVertically.GetRgb(0, 0), Is.EqualTo(new Rgb(0, 10, 20)));
        });
    }

    [Test]
    public void Flipping_or_transposing_twice_gives_the_image_back()
    {
        var image = ThreeByTwo();

        Assert.Multiple(() =>
        {
            Assert.That(image.Transpose().Transpose().ToArray(), Is.EqualTo(image.ToArray()));
            Assert.That(image.FlipHorizontal().FlipHorizontal().ToArray(), Is.EqualTo(image.ToArray()));
            Assert.That(image.FlipVertical().FlipVertical().ToArray(), Is.EqualTo(image.ToArray()));
        });
    }

    private static IEnumerable<TestCaseData> EveryMethod()
    {
        var methods = new (string Name, Func<Image, object> Call)[]
        {
            ("Visualize", i => i.Visualize()),
            ("Min", i => i.Min()),
            ("Max", i => i.Max()),
            ("Sum", i => i.Sum()),
            ("Mean", i => i.Mean()),
            ("StandardDeviation", i => i.StandardDeviation()),
            ("Histogram", i => i.Histogram(4, 0, 10)),
            ("Normalize", i => i.Normalize()),
            ("To8Bit", i => i.To8Bit()),
            ("ToByteArray3D", i => i.ToByteArray3D()),
            ("Transpose", i => i.Transpose()),
            ("FlipHorizontal", i => i.FlipHorizontal()),
            ("FlipVertical", i => i.FlipVertical()),
        };
        foreach (var rgb in new[] { false, true })
        {
            foreach (var (name, call) in methods)
            {
                yield return new TestCaseData(call, rgb).SetArgDisplayNames(name, rgb ? "RGB" : "grayscale");
            }
        }
    }

    [TestCaseSource(nameof(EveryMethod))]
    public void Method_leaves_the_source_image_unchanged(Func<Image, object> call, bool rgb)
    {
        // Fractions, negatives, values above 255 and NaN: every conversion has something to change.
        var gray = Image.FromRows([-2.5, 300, double.NaN], [0.25, 7, 254.5]);
        var image = rgb ? Image.FromChannels(gray, gray.FlipHorizontal(), gray.FlipVertical()) : gray;
        var before = (double[])image.Data.Clone();

        var result = call(image);

        Assert.Multiple(() =>
        {
            Assert.That(image.Data, Is.EqualTo(before));
            Assert.That(result, Is.Not.SameAs(image));
        });
    }
}
