using System.Runtime.CompilerServices;

namespace Labs.Imaging;

/// <summary>When two pixel values count as equal in <see cref="Image.Compare(Image, double)"/>.</summary>
internal static class PixelMatch
{
    /// <summary>
    /// True when <paramref name="actual"/> is within <paramref name="tolerance"/> of <paramref name="predicted"/>,
    /// or both are NaN, or both are the same infinity.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Fits(double actual, double predicted, double tolerance) =>
        actual == predicted || Math.Abs(actual - predicted) <= tolerance || (double.IsNaN(actual) && double.IsNaN(predicted));

    /// <summary>|actual − expected|; 0 when both are NaN or the same infinity; +∞ when only one of them is NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Error(double actual, double expected)
    {
        if (actual == expected || (double.IsNaN(actual) && double.IsNaN(expected)))
        {
            return 0;
        }

        var error = Math.Abs(actual - expected);
        return double.IsNaN(error) ? double.PositiveInfinity : error;
    }

    /// <summary>True when <paramref name="actual"/> is a whole number (within the tolerance) less than 1 away from <paramref name="value"/>.</summary>
    internal static bool IsWholeNumberNear(double actual, double value, double tolerance) =>
        double.IsFinite(actual) && Math.Abs(actual - Math.Round(actual)) <= tolerance && Math.Abs(actual - value) < 1;
}
