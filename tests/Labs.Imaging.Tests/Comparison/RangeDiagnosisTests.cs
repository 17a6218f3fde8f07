using static Labs.Imaging.Tests.Comparison.ComparisonImages;

namespace Labs.Imaging.Tests.Comparison;

/// <summary>Clipping to [0, 255] and lost fractions, each next to a look-alike that must not be diagnosed.</summary>
public sealed class RangeDiagnosisTests
{
    private const string KeepTheRange =
        "Keep the full range in your intermediate results and convert to 8 bits only at the very end (e.g. when saving).";

    /// <summary>A 4×4 image leaving [0, 255] on both sides, with the out-of-range values inside (not at the border).</summary>
    private static Image OutOfRange() => Image.FromRows(
        [10, 300, 20, 30],
        [40, -40, 260, 50],
        [60, 70, 255, 0],
        [80, -5, 90, 100]);

    /// <summary>A 4×4 image with fractions, some above .5 and some below, in the interior too.</summary>
    private static Image WithFractions() => Image.FromRows(
        [1.2, 2.7, 3, 4.6],
        [5, 6.8, 7.1, 8],
        [9, 10.4, 11.9, 12],
        [13, 14, 15, 16]);

    [Test]
    public void Values_cut_at_0_and_255_are_clipped_to_8_bits()
    {
        var expected = OutOfRange();
        var actual = Map(expected, v => Math.Clamp(v, 0, 255));

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.MismatchCount, Is.EqualTo(4)); // 300, −40, 260, −5
            Assert.That(result.Diagnoses.Select(d => (d.Kind, d.Message)), Is.EqualTo(new[]
            {
                (DiagnosisKind.ClippedTo8BitRange,
                 $"Your image looks clipped to [0, 255]: the expected values range from -40 to 300, but yours stop at 0 and 255. {KeepTheRange}"),
            }));
        });
    }

    [Test]
    public void Values_clipped_and_rounded_look_converted_to_bytes()
    {
        var expected = OutOfRange();
        expected[0, 0] = 10.4;
        expected[3, 3] = 99.6;
        var actual = Map(expected, v => Math.Round(Math.Clamp(v, 0, 255)));

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses.Select(d => d.Message), Is.EqualTo(new[]
        {
            $"Your image looks clipped to [0, 255] and rounded to whole numbers, as if converted to bytes, but the expected values range from -40 to 300. {KeepTheRange}",
        }));
    }

    [Test]
    public void Values_clipped_to_another_range_are_not_an_8_bit_clip()
    {
        var expected = OutOfRange();
        var actual = Map(expected, v => Math.Clamp(v, 0, 200));

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.MismatchCount, Is.EqualTo(5)); // 300, −40, 260, 255, −5
            Assert.That(result.Diagnoses, Is.Empty);
        });
    }

    [Test]
    public void Fractions_cut_off_point_to_integer_division()
    {
        // Truncation: 2.7 → 2 and 11.9 → 11 (rounding would give 3 and 12), so this is not rounding.
        var expected = WithFractions();

        var result = Map(expected, Math.Truncate).Compare(expected);

        Assert.That(result.Diagnoses.Select(d => (d.Kind, d.Message)), Is.EqualTo(new[]
        {
            (DiagnosisKind.RoundedToWholeNumbers,
             "Your values are the expected ones with the fraction cut off (at (x: 0, y: 0) 1.2 became 1): did you use integer division (an int sum divided by 9), or store the result in an int or a byte? Keep it a double."),
        }));
    }

    [Test]
    public void Fractions_rounded_to_the_nearest_whole_number_are_rounding()
    {
        // Rounding: 2.7 → 3 and 6.8 → 7 (truncation would give 2 and 6), so this is not truncation.
        var expected = WithFractions();

        var result = Map(expected, v => Math.Round(v)).Compare(expected);

        Assert.That(result.Diagnoses.Select(d => d.Message), Is.EqualTo(new[]
        {
            "Your values are the expected ones rounded to whole numbers (at (x: 0, y: 0) 1.2 became 1): did you store the result in an int or a byte, or round too early? Keep it a double until the very end.",
        }));
    }

    [Test]
    public void Fractions_below_one_half_lost_are_whole_numbers_either_way()
    {
        // Every fraction is below .5, so truncating and rounding give the same image: the message does not pick one.
        var expected = Image.FromRows([1.2, 2.3, 3], [4.4, 5.1, 6], [7, 8.2, 9]);

        var result = Map(expected, Math.Truncate).Compare(expected);

        Assert.That(result.Diagnoses.Select(d => d.Message), Is.EqualTo(new[]
        {
            "Your values are the expected ones turned into whole numbers (at (x: 0, y: 0) 1.2 became 1): did you use integer division, or store the result in an int or a byte? Keep it a double until the very end.",
        }));
    }

    [Test]
    public void Whole_numbers_with_one_value_off_by_more_than_rounding_are_not_rounding()
    {
        var expected = WithFractions();
        var actual = Map(expected, Math.Truncate);
        actual[1, 1] = 8; // 6.8 can round to 6 or 7, never to 8

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }
}
