using System.Diagnostics;

namespace Labs.Imaging.Tests.Comparison;

/// <summary>What Compare counts, where it finds the largest error and how it words the verdict, without diagnoses.</summary>
public sealed class CompareTests
{
    private const double Tolerance = 1e-6;

    /// <summary>An 8×8 image whose pixel (x, y) is x + 8y, i.e. 0 to 63 in reading order: no symmetry, no common factor.</summary>
    private static Image Counting8x8()
    {
        var image = new Image(8, 8);
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                image[x, y] = x + (8 * y);
            }
        }

        return image;
    }

    [Test]
    public void Identical_images_match_and_say_so()
    {
        var expected = Counting8x8();

        var result = expected.Clone().Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsMatch, Is.True);
            Assert.That(result.ShapesMatch, Is.True);
            Assert.That(result.PixelCount, Is.EqualTo(64));
            Assert.That(result.MismatchCount, Is.Zero);
            Assert.That(result.MaxAbsoluteError, Is.Zero);
            Assert.That(result.Worst, Is.Null);
            Assert.That(result.Diagnoses, Is.Empty);
            Assert.That(result.Tolerance, Is.EqualTo(ImageComparison.DefaultTolerance));
            Assert.That(result.Message, Is.EqualTo("All 64 pixels match the expected image (largest error 0, tolerance 1e-6)."));
            Assert.That(result.ToString(), Is.EqualTo(result.Message));
        });
    }

    [Test]
    public void An_error_exactly_equal_to_the_tolerance_passes_and_one_just_above_fails()
    {
        // 0.25 and 1.25 are exact in binary, so |1.25 − 1| is exactly 0.25.
        var expected = Image.FromRows([1, 2]);
        var actual = Image.FromRows([1.25, 2]);

        var atTolerance = actual.Compare(expected, 0.25);
        var belowError = actual.Compare(expected, 0.125);

        Assert.Multiple(() =>
        {
            Assert.That(atTolerance.IsMatch, Is.True);
            Assert.That(atTolerance.MaxAbsoluteError, Is.EqualTo(0.25));
            Assert.That(atTolerance.Worst, Is.EqualTo(new PixelPosition(0, 0, 0, 1, 1.25)));
            Assert.That(atTolerance.Message, Is.EqualTo("All 2 pixels match the expected image (largest error 0.25, tolerance 0.25)."));
            Assert.That(belowError.IsMatch, Is.False);
            Assert.That(belowError.MismatchCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void NaN_matches_NaN_and_an_infinity_matches_the_same_infinity()
    {
        var expected = Image.FromRows([double.NaN, double.PositiveInfinity, double.NegativeInfinity]);
        var actual = Image.FromRows([double.NaN, double.PositiveInfinity, double.NegativeInfinity]);

        var result = actual.Compare(expected, 0);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsMatch, Is.True);
            Assert.That(result.MaxAbsoluteError, Is.Zero);
        });
    }

    [Test]
    public void Opposite_infinities_and_NaN_against_a_number_are_infinitely_wrong()
    {
        var expected = Image.FromRows([1, 5, double.PositiveInfinity, 7]);
        var actual = Image.FromRows([1, double.NaN, double.NegativeInfinity, 7]);

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.MismatchCount, Is.EqualTo(2));
            Assert.That(result.MaxAbsoluteError, Is.EqualTo(double.PositiveInfinity));
            // The first of the two infinitely wrong values in reading order.
            Assert.That(result.Worst, Is.EqualTo(new PixelPosition(1, 0, 0, 5, double.NaN)));
            Assert.That(result.Message, Does.StartWith(
                "2 of 4 pixels (50.0 %) differ from the expected image by more than the tolerance 1e-6.\n" +
                "Largest error at (x: 1, y: 0): expected 5, got NaN.\n"));
        });
    }

    [Test]
    public void Counts_mismatches_and_reports_the_largest_error_with_its_position()
    {
        // 11 interior pixels of rows 2 and 3 are 1 too large and pixel (2, 5) is 3 too large: 12 of 64 = 18.75 % → 18.8 %.
        // The errors are not all equal, not at the border and not whole-image patterns, so nothing is diagnosed.
        var expected = Counting8x8();
        var actual = expected.Clone();
        for (var x = 1; x <= 6; x++)
        {
            actual[x, 2] += 1;
        }

        for (var x = 1; x <= 5; x++)
        {
            actual[x, 3] += 1;
        }

        actual[2, 5] += 3; // expected 2 + 8·5 = 42

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsMatch, Is.False);
            Assert.That(result.PixelCount, Is.EqualTo(64));
            Assert.That(result.MismatchCount, Is.EqualTo(12));
            Assert.That(result.MismatchPercentage, Is.EqualTo(18.75));
            Assert.That(result.MaxAbsoluteError, Is.EqualTo(3));
            Assert.That(result.Worst, Is.EqualTo(new PixelPosition(2, 5, 0, 42, 45)));
            Assert.That(result.Diagnoses, Is.Empty);
            Assert.That(result.Message, Is.EqualTo(
                "12 of 64 pixels (18.8 %) differ from the expected image by more than the tolerance 1e-6.\n" +
                "Largest error: 3 at (x: 2, y: 5): expected 42, got 45."));
        });
    }

    [Test]
    public void One_wrong_pixel_uses_the_singular()
    {
        // 1 of 64 = 1.5625 % → 1.6 %; pixel (3, 4) is 3 + 32 = 35, made 35.5.
        var expected = Counting8x8();
        var actual = expected.Clone();
        actual[3, 4] = 35.5;

        var result = actual.Compare(expected);

        Assert.That(result.Message, Is.EqualTo(
            "1 of 64 pixels (1.6 %) differs from the expected image by more than the tolerance 1e-6.\n" +
            "Largest error: 0.5 at (x: 3, y: 4): expected 35, got 35.5."));
    }

    [Test]
    public void Rgb_images_count_channel_values_and_name_the_channel()
    {
        // 2×2 RGB = 12 values; one wrong value is 1/12 = 8.33 % → 8.3 %.
        var expected = Image.CreateRgb(2, 2, new Rgb(10, 20, 30));
        var actual = expected.Clone();
        actual.SetRgb(1, 0, new Rgb(10, 25, 30));

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.PixelCount, Is.EqualTo(12));
            Assert.That(result.Worst, Is.EqualTo(new PixelPosition(1, 0, 1, 20, 25)));
            Assert.That(result.Message, Is.EqualTo(
                "1 of 12 values (8.3 %) differs from the expected image by more than the tolerance 1e-6.\n" +
                "Largest error: 5 at (x: 1, y: 0, channel: green): expected 20, got 25."));
        });
    }

    [Test]
    public void A_one_pixel_image_reports_its_error_but_no_scale_or_offset()
    {
        // Any single value is "2.5 times" or "3 more than" its expected value: one pixel proves nothing.
        var result = Image.FromRows([5]).Compare(Image.FromRows([2]));

        Assert.That(result.Message, Is.EqualTo(
            "1 of 1 pixel (100.0 %) differs from the expected image by more than the tolerance 1e-6.\n" +
            "Largest error: 3 at (x: 0, y: 0): expected 2, got 5."));
    }

    [Test]
    public void Different_sizes_show_both_shapes_and_compare_nothing()
    {
        var result = new Image(3, 2).Compare(new Image(5, 4));

        Assert.Multiple(() =>
        {
            Assert.That(result.IsMatch, Is.False);
            Assert.That(result.ShapesMatch, Is.False);
            Assert.That(result.ExpectedShape, Is.EqualTo(new ImageShape(5, 4)));
            Assert.That(result.ActualShape, Is.EqualTo(new ImageShape(3, 2)));
            Assert.That(result.PixelCount, Is.Zero);
            Assert.That(result.MismatchCount, Is.Zero);
            Assert.That(result.MismatchPercentage, Is.Zero);
            Assert.That(result.MaxAbsoluteError, Is.NaN);
            Assert.That(result.Worst, Is.Null);
            Assert.That(result.Diagnoses, Is.Empty);
            Assert.That(result.Message, Is.EqualTo("Wrong size: expected a 5×4 image (5 wide, 4 high) but got 3×2 (3 wide, 2 high)."));
        });
    }

    [Test]
    public void Swapped_width_and_height_with_other_content_is_only_a_wrong_size()
    {
        // 4×5 against 5×4, but not the transpose: all zeros against all ones.
        var result = new Image(4, 5).Compare(new Image(5, 4, 1));

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnoses, Is.Empty);
            Assert.That(result.Message, Is.EqualTo("Wrong size: expected a 5×4 image (5 wide, 4 high) but got 4×5 (4 wide, 5 high)."));
        });
    }

    [Test]
    public void A_grayscale_image_where_rgb_is_expected_is_the_wrong_number_of_channels()
    {
        var result = new Image(5, 4).Compare(Image.CreateRgb(5, 4));

        Assert.That(result.Message, Is.EqualTo(
            "Wrong number of channels: expected a 5×4 RGB image (3 channels) but got a grayscale one (1 channel). " +
            "Process all three colour channels, e.g. with GetChannel(c) and FromChannels."));
    }

    [Test]
    public void An_rgb_image_where_grayscale_is_expected_is_the_wrong_number_of_channels()
    {
        var result = Image.CreateRgb(5, 4).Compare(new Image(5, 4));

        Assert.That(result.Message, Is.EqualTo(
            "Wrong number of channels: expected a grayscale 5×4 image (1 channel) but got an RGB one (3 channels). " +
            "Make a grayscale result, or work on one channel with GetChannel(c)."));
    }

    [TestCase(-1.0, "-1")]
    [TestCase(double.NaN, "NaN")]
    [TestCase(double.PositiveInfinity, "∞")]
    public void A_negative_NaN_or_infinite_tolerance_is_refused(double tolerance, string written)
    {
        var image = new Image(2, 2);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => image.Compare(image, tolerance));

        Assert.That(error!.Message, Does.StartWith(
            $"Compare(expected, tolerance: {written}): the tolerance is the largest allowed |yours − expected| and must be a finite number of 0 or more, e.g. 1e-6."));
    }

    [Test]
    public void A_missing_expected_image_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new Image(1, 1).Compare(null!));
    }

    [TestCase(12, 64, "18.8")]
    [TestCase(1, 10000, "< 0.1")]
    [TestCase(9999, 10000, "> 99.9")]
    [TestCase(64, 64, "100.0")]
    public void Percentages_have_one_decimal_and_never_round_to_0_or_100(int part, int whole, string expected)
    {
        Assert.That(ComparisonText.Percentage(part, whole), Is.EqualTo(expected));
    }

    [Test]
    public void One_wrong_corner_pixel_in_a_large_constant_image_is_found_and_called_a_border_error()
    {
        // Worst case for the diagnoses: every flip and shift fits until the last pixel, so each reads the whole image
        // before giving up. (Its speed is measured in benchmarks/, not here.)
        const int Size = 1024;
        var expected = new Image(Size, Size, 7);
        var actual = expected.Clone();
        actual[Size - 1, Size - 1] = 8;
        var result = actual.Compare(expected);
        Assert.Multiple(() =>
        {
            Assert.That(result.MismatchCount, Is.EqualTo(1));
            Assert.That(result.Message, Does.Contain("< 0.1 %"));
            Assert.That(result.Diagnoses.Select(d => d.Kind), Is.EqualTo(new[] { DiagnosisKind.BorderOnly }));
        });
    }
}
