using static Labs.Imaging.Tests.Comparison.ComparisonImages;

namespace Labs.Imaging.Tests.Comparison;

/// <summary>
/// Scale factor, constant offset and all-zero diagnoses, each next to a look-alike that must not be diagnosed.
/// The expected image is <see cref="ComparisonImages.Distinct5x4"/> (values 1 to 20) unless said otherwise.
/// </summary>
public sealed class ValueDiagnosisTests
{
    [Test]
    public void Every_pixel_three_times_too_large_is_a_forgotten_normalization()
    {
        var expected = Distinct5x4();
        var actual = Map(expected, v => 3 * v);

        var result = actual.Compare(expected);

        // All 20 pixels differ; the largest error is 3·20 − 20 = 40 at the pixel holding 20, (x: 0, y: 3).
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnoses, Has.Count.EqualTo(1));
            Assert.That(result.Diagnoses[0].Kind, Is.EqualTo(DiagnosisKind.ScaleFactor));
            Assert.That(result.Diagnoses[0].Value, Is.EqualTo(3));
            Assert.That(result.Message, Is.EqualTo(
                "20 of 20 pixels (100.0 %) differ from the expected image by more than the tolerance 1e-6.\n" +
                "Largest error: 40 at (x: 0, y: 3): expected 20, got 60.\n" +
                "Likely cause: Every pixel is 3 times too large: did you forget to normalize by a factor of 3?"));
        });
    }

    [TestCase(1.0 / 3, "Every pixel is 3 times too small: did you divide by 3 once too often, or forget to multiply by 3?")]
    [TestCase(2.5, "Every pixel is 2.5 times too large: did you forget to normalize by a factor of 2.5?")]
    [TestCase(0.5, "Every pixel is 2 times too small: did you divide by 2 once too often, or forget to multiply by 2?")]
    [TestCase(
        -1.0,
        "Every pixel has the wrong sign (your image is -1 × the expected one): with an antisymmetric kernel such as a derivative, " +
        "this is correlation versus convolution (the kernel used without flipping it, or flipped when it should not be); otherwise check the order of a subtraction.")]
    [TestCase(
        -2.0,
        "Every pixel has the wrong sign and is 2 times too large (your image is -2 × the expected one): with an antisymmetric kernel such as a derivative, " +
        "this is correlation versus convolution (the kernel used without flipping it, or flipped when it should not be); otherwise check the order of a subtraction, then check your normalization.")]
    public void A_scale_factor_is_named_in_the_students_words(double factor, string message)
    {
        var expected = Distinct5x4();

        var result = Map(expected, v => factor * v).Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnoses.Select(d => d.Kind), Is.EqualTo(new[] { DiagnosisKind.ScaleFactor }));
            Assert.That(result.Diagnoses[0].Value, Is.EqualTo(factor).Within(1e-12));
            Assert.That(result.Diagnoses[0].Message, Is.EqualTo(message));
        });
    }

    [Test]
    public void A_scale_factor_is_found_when_every_pixel_fits_it_within_the_tolerance()
    {
        // 3 × expected, with one pixel 0.004 off: still within the tolerance 0.01 of 3 × expected.
        var expected = Distinct5x4();
        var actual = Map(expected, v => 3 * v);
        actual[2, 1] += 0.004;

        var result = actual.Compare(expected, 0.01);

        Assert.That(result.HasDiagnosis(DiagnosisKind.ScaleFactor), Is.True);
    }

    [Test]
    public void A_scale_factor_that_fits_only_half_of_the_pixels_is_not_claimed()
    {
        // The top two rows are 3 times too large, the bottom two are right: no single factor explains every pixel.
        var expected = Distinct5x4();
        var actual = Build(5, 4, (x, y) => y < 2 ? 3 * expected[x, y] : expected[x, y]);

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.MismatchCount, Is.EqualTo(10));
            Assert.That(result.Diagnoses, Is.Empty);
        });
    }

    [Test]
    public void A_scale_factor_that_fits_every_pixel_but_one_is_not_claimed()
    {
        var expected = Distinct5x4();
        var actual = Map(expected, v => 3 * v);
        actual[2, 2] = expected[2, 2]; // one interior pixel is right: 3 does not explain it

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }

    [Test]
    public void A_sum_instead_of_a_mean_on_a_constant_image_is_a_scale_factor_not_an_offset()
    {
        // A 3×3 box filter without dividing by 9 turns a constant 1 into a constant 9: "plus 8" is true too, but the
        // factor is the useful explanation, so only the factor is given.
        var expected = new Image(5, 5, 1);

        var result = new Image(5, 5, 9).Compare(expected);

        Assert.That(result.Diagnoses.Select(d => d.Message), Is.EqualTo(new[]
        {
            "Every pixel is 9 times too large: did you forget to normalize by a factor of 9?",
        }));
    }

    [Test]
    public void Every_pixel_two_too_large_is_a_constant_offset()
    {
        var expected = Distinct5x4();

        var result = Map(expected, v => v + 2).Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnoses, Has.Count.EqualTo(1));
            Assert.That(result.Diagnoses[0].Kind, Is.EqualTo(DiagnosisKind.ConstantOffset));
            Assert.That(result.Diagnoses[0].Value, Is.EqualTo(2));
            Assert.That(result.Diagnoses[0].Message, Is.EqualTo(
                "Every pixel is 2 too large: your image is the expected one plus 2. " +
                "Did you add a constant (such as 128 for display) or forget to subtract one (such as the mean)?"));
        });
    }

    [Test]
    public void Every_pixel_128_too_small_is_a_negative_offset()
    {
        var expected = Distinct5x4();

        var result = Map(expected, v => v - 128).Compare(expected);

        Assert.That(result.Diagnoses.Select(d => d.Message), Is.EqualTo(new[]
        {
            "Every pixel is 128 too small: your image is the expected one minus 128. " +
            "Did you subtract a constant (such as the mean) or forget to add one (such as 128 for display)?",
        }));
    }

    [Test]
    public void An_offset_on_every_pixel_but_one_is_not_claimed()
    {
        var expected = Distinct5x4();
        var actual = Map(expected, v => v + 2);
        actual[1, 2] = expected[1, 2];

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }

    [Test]
    public void A_difference_barely_above_the_tolerance_is_not_called_a_bug()
    {
        // Every pixel is 1.5E-06 too large with the tolerance 1e-6: a precision problem, not "plus a constant".
        var expected = Distinct5x4();

        var result = Map(expected, v => v + 1.5e-6).Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.MismatchCount, Is.EqualTo(20));
            Assert.That(result.Diagnoses, Is.Empty);
        });
    }

    [Test]
    public void An_image_that_is_zero_everywhere_was_never_written()
    {
        var expected = Distinct5x4();

        var result = new Image(5, 4).Compare(expected);

        Assert.That(result.Diagnoses.Select(d => (d.Kind, d.Message)), Is.EqualTo(new[]
        {
            (DiagnosisKind.AllZero, "Every pixel of your image is 0: did you forget to write your results into the output image, or return a new, empty image instead of the result?"),
        }));
    }

    [Test]
    public void An_image_that_is_zero_except_one_right_pixel_is_not_all_zero()
    {
        var expected = Distinct5x4();
        var actual = new Image(5, 4);
        actual[3, 1] = expected[3, 1];

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }
}
