using System.Globalization;

namespace Labs.Imaging;

/// <summary>
/// Writes pixel values as short text for <see cref="Image.Visualize"/> and for failure messages
/// that show images (for example expected and actual side by side).
/// </summary>
/// <remarks>
/// Rules: NaN is written <c>NaN</c>, infinities <c>∞</c> and <c>-∞</c>; −0 is written as 0;
/// numbers use the invariant culture (a point, never a comma). When every value on show is a whole
/// number, write them with <c>integers: true</c> (no decimals); otherwise with a fixed number of decimals.
/// </remarks>
internal static class PixelFormat
{
    /// <summary>The largest number of decimals that <see cref="Image.Visualize"/> accepts.</summary>
    internal const int MaxPrecision = 15;

    /// <summary>Writes one value: <c>7</c> with <paramref name="integers"/>, else e.g. <c>7.000</c>.</summary>
    /// <param name="value">The pixel value.</param>
    /// <param name="precision">Digits after the decimal point when <paramref name="integers"/> is false.</param>
    /// <param name="integers">True when every value on show is a whole number: write no decimals.</param>
    internal static string Format(double value, int precision, bool integers)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }

        // Adding +0 turns −0 into +0, so that an exact zero never prints as "-0".
        var format = integers ? "F0" : "F" + precision.ToString(CultureInfo.InvariantCulture);
        return (value + 0.0).ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes one colour as a triplet such as <c>(255, 128, 0)</c>.</summary>
    /// <param name="value">The colour.</param>
    /// <param name="precision">Digits after the decimal point when <paramref name="integers"/> is false.</param>
    /// <param name="integers">True when every value on show is a whole number: write no decimals.</param>
    internal static string Format(Rgb value, int precision, bool integers) =>
        $"({Format(value.R, precision, integers)}, {Format(value.G, precision, integers)}, {Format(value.B, precision, integers)})";

    /// <summary>
    /// True when <paramref name="value"/> needs no decimals: a whole number, or NaN or ±∞
    /// (which are written as words and do not force decimals on the others).
    /// </summary>
    /// <param name="value">The pixel value.</param>
    internal static bool NeedsNoDecimals(double value) => !double.IsFinite(value) || value == Math.Floor(value);
}
