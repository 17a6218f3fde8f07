using Labs.Imaging;
using Labs.Testing.Snapshots;

namespace Labs.Testing.Tests.Snapshots;

public sealed class ImageDifferenceTests
{
    /// <summary>Difference percentages are printed and compared to this precision.</summary>
    private const double PercentTolerance = 1e-9;

    // A 4×4 grayscale image: 16 pixels, so the total difference in percent is 100 × sum / (16 × 255) = sum / 40.8.
    private static Image Gray4x4(double value = 100) => new(4, 4, value);

    [Test]
    public void Quantization_rounds_halves_up_clips_to_0_255_and_maps_NaN_to_0()
    {
        var values = new[] { 2.5, 2.49, -3, 255.4, 300, double.NaN, double.PositiveInfinity, double.NegativeInfinity };

        var quantized = values.Select(ImageDifference.Quantize);

        Assert.That(quantized, Is.EqualTo(new[] { 3, 2, 0, 255, 255, 0, 255, 0 }));
    }

    [Test]
    public void Identical_images_have_no_difference()
    {
        var difference = ImageDifference.Measure(Gray4x4(), Gray4x4(), ImageTolerance.Exact);

        Assert.Multiple(() =>
        {
            Assert.That(difference.TotalDifferencePercent, Is.Zero);
            Assert.That(difference.WithinTolerance, Is.True);
        });
    }

    [Test]
    public void Exact_tolerance_fails_on_a_single_gray_level()
    {
        var received = Gray4x4();
        received[1, 1] = 101;

        var difference = ImageDifference.Measure(received, Gray4x4(), ImageTolerance.Exact);

        // 1 / 40.8 = 0.0245 % > 0 %.
        Assert.Multiple(() =>
        {
            Assert.That(difference.TotalDifferencePercent, Is.EqualTo(1 / 40.8).Within(PercentTolerance));
            Assert.That(difference.WithinTolerance, Is.False);
        });
    }

    [Test]
    public void Difference_below_the_pixel_threshold_is_ignored()
    {
        var received = Gray4x4();
        received[1, 1] = 101; // off by one: within the Default threshold of 1

        var difference = ImageDifference.Measure(received, Gray4x4(), ImageTolerance.Default);

        Assert.Multiple(() =>
        {
            Assert.That(difference.CountedPixels, Is.Zero);
            Assert.That(difference.TotalDifferencePercent, Is.Zero);
            Assert.That(difference.LargestDifference, Is.EqualTo(1));
            Assert.That(difference.WithinTolerance, Is.True);
        });
    }

    [Test]
    public void Difference_above_the_threshold_but_within_the_total_passes()
    {
        var tolerance = new ImageTolerance(PixelThreshold: 1, MaxTotalDifferencePercent: 1);
        var received = Gray4x4();
        received[2, 1] = 120; // off by 20: counted; 20 / 40.8 = 0.4902 % ≤ 1 %

        var difference = ImageDifference.Measure(received, Gray4x4(), tolerance);

        Assert.Multiple(() =>
        {
            Assert.That(difference.CountedPixels, Is.EqualTo(1));
            Assert.That(difference.TotalDifferencePercent, Is.EqualTo(20 / 40.8).Within(PercentTolerance));
            Assert.That(difference.WithinTolerance, Is.True);
        });
    }

    [Test]
    public void Difference_above_both_limits_fails_and_is_described()
    {
        var tolerance = new ImageTolerance(PixelThreshold: 1, MaxTotalDifferencePercent: 1);
        var received = Gray4x4();
        received[2, 1] = 150; // off by 50: 50 / 40.8 = 1.2255 % > 1 %
        received[0, 3] = 101; // off by 1: ignored

        var difference = ImageDifference.Measure(received, Gray4x4(), tolerance);

        Assert.Multiple(() =>
        {
            Assert.That(difference.TotalDifferencePercent, Is.EqualTo(50 / 40.8).Within(PercentTolerance));
            Assert.That(difference.WithinTolerance, Is.False);
            Assert.That(difference.Describe(1), Is.EqualTo(
                "1 of 16 pixels differ by more than 1, a total difference of 1.2255 % where at most 1 % is allowed "
                + "(ImageTolerance (pixel threshold 1, total difference ≤ 1 %)). The largest difference is 50 at (x: 2, y: 1)."));
        });
    }

    [Test]
    public void Rgb_pixel_difference_is_summed_over_channels_and_normalized_by_them()
    {
        var verified = Image.CreateRgb(2, 1, new Rgb(10, 20, 30));
        var received = verified.Clone();
        received.SetRgb(1, 0, new Rgb(13, 16, 30)); // |3| + |−4| + 0 = 7

        var difference = ImageDifference.Measure(received, verified, new ImageTolerance(6, 100));

        // 100 × 7 / (2 pixels × 3 channels × 255) = 0.45752 %.
        Assert.Multiple(() =>
        {
            Assert.That(difference.PixelDifferences, Is.EqualTo(new[] { 0, 7 }));
            Assert.That(difference.TotalDifferencePercent, Is.EqualTo(700.0 / 1530).Within(PercentTolerance));
        });
    }

    [Test]
    public void Values_that_round_to_the_same_8_bit_level_are_equal()
    {
        var received = Gray4x4(100.4);

        var difference = ImageDifference.Measure(received, Gray4x4(99.6), ImageTolerance.Exact);

        Assert.That(difference.LargestDifference, Is.Zero);
    }

    [Test]
    public void Presets_have_their_documented_values()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImageTolerance.Exact, Is.EqualTo(new ImageTolerance(0, 0)));
            Assert.That(ImageTolerance.Default, Is.EqualTo(new ImageTolerance(1, 0.01)));
            Assert.That(ImageTolerance.Lenient, Is.EqualTo(new ImageTolerance(4, 0.5)));
            Assert.That(ImageTolerance.Default.ToString(), Is.EqualTo("ImageTolerance.Default (pixel threshold 1, total difference ≤ 0.01 %)"));
        });
    }

    [Test]
    public void Default_tolerance_lets_one_moderately_wrong_pixel_of_64x64_pass_but_not_a_wrong_border_row()
    {
        // 64×64: 0.01 % of 64 × 64 × 255 = 104.4 gray levels in total.
        var verified = new Image(64, 64, 100);
        var onePixel = verified.Clone();
        onePixel[10, 10] = 200; // 100 ≤ 104.4
        var borderRow = verified.Clone();
        for (var x = 0; x < 64; x++)
        {
            borderRow[x, 0] = 110; // 64 × 10 = 640 > 104.4
        }

        Assert.Multiple(() =>
        {
            Assert.That(ImageDifference.Measure(onePixel, verified, ImageTolerance.Default).WithinTolerance, Is.True);
            Assert.That(ImageDifference.Measure(borderRow, verified, ImageTolerance.Default).WithinTolerance, Is.False);
        });
    }

    [TestCase(-1, 0)]
    [TestCase(0, -0.5)]
    [TestCase(double.NaN, 0)]
    [TestCase(0, 101)]
    public void Tolerance_rejects_impossible_values(double threshold, double percent)
    {
        Assert.That(() => new ImageTolerance(threshold, percent), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Tolerance_error_names_the_bad_value_and_the_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ImageTolerance(1, 150));

        Assert.That(error!.Message, Does.StartWith("ImageTolerance(MaxTotalDifferencePercent: 150) must be a number from 0 to 100."));
    }
}
