using static Labs.Imaging.Tests.Comparison.ComparisonImages;

namespace Labs.Imaging.Tests.Comparison;

/// <summary>Errors confined to the border, NaN and infinity, each next to a look-alike that must not be diagnosed.</summary>
public sealed class BorderAndNonFiniteDiagnosisTests
{
    private const string CheckBoundary =
        "and the interior is right: check your boundary condition, i.e. how you read pixels outside the image (see BoundaryCondition).";

    private const string NaNCause =
        "NaN comes from 0 / 0 — a division by zero, e.g. normalizing a constant image by max − min = 0 — and then spreads through every sum it enters.";

    [Test]
    public void Errors_only_on_the_outermost_ring_are_a_boundary_condition_bug()
    {
        // 6×6: the band may be at most max(1, 6 / 4) = 1 pixel wide; five border pixels wrong by different amounts.
        var expected = Counting(6);
        var actual = expected.Clone();
        actual[0, 0] += 1;
        actual[3, 0] += 2;
        actual[5, 2] -= 4;
        actual[0, 4] += 0.5;
        actual[2, 5] += 7;

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnoses.Select(d => (d.Kind, d.Message)), Is.EqualTo(new[]
            {
                (DiagnosisKind.BorderOnly, $"All 5 wrong pixels lie in a band 1 pixel wide along the border, {CheckBoundary}"),
            }));
            Assert.That(result.Diagnoses[0].Value, Is.EqualTo(1));
        });
    }

    [Test]
    public void Errors_within_two_pixels_of_the_border_report_the_narrowest_band()
    {
        // 8×8: at most max(1, 8 / 4) = 2 pixels; (1, 3) is 1 pixel from the left edge, so the band is 2 wide.
        var expected = Counting(8);
        var actual = expected.Clone();
        actual[0, 3] += 1;
        actual[1, 3] += 1;
        actual[7, 7] += 3;

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnoses.Select(d => d.Message), Is.EqualTo(new[]
            {
                $"All 3 wrong pixels lie in a band 2 pixels wide along the border, {CheckBoundary}",
            }));
            Assert.That(result.Diagnoses[0].Value, Is.EqualTo(2));
        });
    }

    [Test]
    public void A_single_wrong_border_pixel_is_named_alone()
    {
        var expected = Counting(6);
        var actual = expected.Clone();
        actual[5, 5] = 0;

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses.Select(d => d.Message), Is.EqualTo(new[]
        {
            $"The only wrong pixel lies in a band 1 pixel wide along the border, {CheckBoundary}",
        }));
    }

    [Test]
    public void Border_errors_plus_one_interior_error_are_not_a_boundary_bug()
    {
        var expected = Counting(6);
        var actual = expected.Clone();
        actual[0, 0] += 1;
        actual[3, 0] += 2;
        actual[5, 2] -= 4;
        actual[3, 3] += 1; // interior

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }

    [Test]
    public void Errors_deeper_than_a_quarter_of_the_image_are_not_a_boundary_bug()
    {
        // 8×8 allows a band of 2; (2, 4) is 3 pixels deep.
        var expected = Counting(8);
        var actual = expected.Clone();
        actual[0, 4] += 1;
        actual[2, 4] += 1;

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }

    [Test]
    public void A_wrong_border_with_no_interior_left_is_not_a_boundary_bug()
    {
        // 2×2: every pixel is on the border, so there is no interior that could be right.
        var expected = Image.FromRows([1, 2], [3, 4]);
        var actual = Image.FromRows([1, 2], [3, 5]);

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }

    [Test]
    public void NaN_where_numbers_are_expected_is_counted_and_explained()
    {
        // NaN at (3, 0) (expected 8) and (1, 2) (expected 15); (3, 0) comes first in reading order.
        var expected = Distinct5x4();
        var actual = expected.Clone();
        actual[1, 2] = double.NaN;
        actual[3, 0] = double.NaN;

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnoses, Has.Count.EqualTo(1));
            Assert.That(result.Diagnoses[0].Kind, Is.EqualTo(DiagnosisKind.NaNPresent));
            Assert.That(result.Diagnoses[0].Value, Is.EqualTo(2));
            Assert.That(result.Diagnoses[0].FirstPosition, Is.EqualTo(new PixelPosition(3, 0, 0, 8, double.NaN)));
            Assert.That(result.Message, Is.EqualTo(
                "2 of 20 pixels (10.0 %) differ from the expected image by more than the tolerance 1e-6.\n" +
                "Largest error at (x: 3, y: 0): expected 8, got NaN.\n" +
                $"Likely cause: Your image has 2 NaN values (not a number) where the expected image has numbers; the first is at (x: 3, y: 0). {NaNCause}"));
        });
    }

    [Test]
    public void NaN_on_both_sides_is_no_error_at_all()
    {
        var expected = Distinct5x4();
        expected[1, 2] = double.NaN;
        var actual = expected.Clone();

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsMatch, Is.True);
            Assert.That(result.Diagnoses, Is.Empty);
        });
    }

    [Test]
    public void NaN_only_on_the_border_is_both_NaN_and_a_boundary_bug()
    {
        // Reading outside the image as 0 and then dividing by a local sum of 0 gives NaN at the edge only.
        var expected = Counting(6);
        var actual = expected.Clone();
        actual[0, 2] = double.NaN;

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses.Select(d => d.Kind), Is.EqualTo(new[] { DiagnosisKind.NaNPresent, DiagnosisKind.BorderOnly }));
    }

    [Test]
    public void Infinity_where_a_finite_number_is_expected_is_a_division_by_zero()
    {
        var expected = Distinct5x4();
        var actual = expected.Clone();
        actual[2, 1] = double.NegativeInfinity;

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnoses.Select(d => (d.Kind, d.Message)), Is.EqualTo(new[]
            {
                (DiagnosisKind.InfinityPresent,
                 "Your image has 1 infinite value where the expected image has finite numbers; the first is at (x: 2, y: 1). Infinity comes from dividing a non-zero number by 0, or from a value that grew too large."),
            }));
            Assert.That(result.Diagnoses[0].Value, Is.EqualTo(1));
        });
    }

    [Test]
    public void An_expected_infinity_matched_by_the_same_infinity_is_no_error()
    {
        var expected = Distinct5x4();
        expected[2, 1] = double.PositiveInfinity;

        var result = expected.Clone().Compare(expected);

        Assert.That(result.IsMatch, Is.True);
    }

    [Test]
    public void An_rgb_image_names_the_channel_of_the_first_NaN()
    {
        // 2×2 RGB: channel planes are red, green, blue; the NaN is in the blue plane at (1, 1).
        var expected = Image.CreateRgb(2, 2, new Rgb(10, 20, 30));
        var actual = expected.Clone();
        actual.SetRgb(1, 1, new Rgb(10, 20, double.NaN));

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses[0].Message, Does.StartWith(
            "Your image has 1 NaN value (not a number) where the expected image has numbers; the first is at (x: 1, y: 1, channel: blue)."));
    }
}
