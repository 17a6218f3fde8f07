using Labs.Imaging;

namespace Labs.Testing;

/// <summary>
/// The difference <c>actual − expected</c> of two images of the same shape, as drawn in a visual report.
/// Two NaN pixels, or two equal infinities, count as equal (difference 0); one NaN gives a NaN difference.
/// </summary>
internal static class SignedDifference
{
    /// <summary>Returns <c>actual − expected</c> pixel by pixel; the shapes must be equal.</summary>
    public static Image Of(Image expected, Image actual)
    {
        if (expected.Shape != actual.Shape)
        {
            throw new ArgumentException(
                $"SignedDifference.Of needs two images of the same shape, but expected is {expected.Shape} and actual is {actual.Shape}.",
                nameof(actual));
        }

        var difference = Image.Create(actual.Width, actual.Height, actual.Channels);
        var e = expected.Data;
        var a = actual.Data;
        var d = difference.Data;
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = Same(e[i], a[i]) ? 0 : a[i] - e[i];
        }

        return difference;
    }

    /// <summary>Counts the pixels where some channel differs by more than <paramref name="tolerance"/> (or is NaN).</summary>
    public static long CountDifferentPixels(Image difference, double tolerance)
    {
        var d = difference.Data;
        var plane = difference.PixelCount;
        long count = 0;
        for (var i = 0; i < plane; i++)
        {
            for (var c = 0; c < difference.Channels; c++)
            {
                var v = d[(c * plane) + i];
                if (double.IsNaN(v) || Math.Abs(v) > tolerance)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    private static bool Same(double expected, double actual) =>
        expected.Equals(actual) || (double.IsNaN(expected) && double.IsNaN(actual));
}
