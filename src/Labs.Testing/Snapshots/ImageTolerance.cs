using System.Globalization;

namespace Labs.Testing.Snapshots;

/// <summary>
/// How much an image may differ from its verified snapshot and still pass, measured like ImageSharp's tolerant comparer:
/// small per-pixel differences are ignored, and the remaining differences, added up, must stay under a percentage.
/// </summary>
/// <remarks>
/// <para>Both images are compared after 8-bit quantization (values rounded and clamped to 0..255), channel by channel.
/// The difference of one pixel is the sum of |received − verified| over its channels.</para>
/// <para>Pixels whose difference is at most <see cref="PixelThreshold"/> are ignored. The differences of all other pixels
/// are added up and normalized: total difference = sum / (pixel count × channels × 255), written as a percentage.
/// The image passes when that percentage is at most <see cref="MaxTotalDifferencePercent"/>.</para>
/// </remarks>
/// <param name="PixelThreshold">The largest difference of one pixel (in gray levels, summed over its channels) that is ignored; 0 ignores nothing.</param>
/// <param name="MaxTotalDifferencePercent">The largest total normalized difference, in percent (0 to 100), that still passes; 0 allows none.</param>
/// <example>
/// <code>
/// Snapshot.Verify(blurred, ImageTolerance.Default);          // off-by-one rounding is fine
/// Snapshot.Verify(resized, new ImageTolerance(2, 0.05));      // a custom tolerance
/// </code>
/// </example>
public sealed record ImageTolerance(double PixelThreshold, double MaxTotalDifferencePercent)
{
    /// <summary>Every pixel must match exactly (after 8-bit quantization).</summary>
    public static ImageTolerance Exact { get; } = new(0, 0);

    /// <summary>
    /// Ignores differences of one gray level (rounding), and allows a total difference of 0.01 %:
    /// for a 64×64 grayscale image that is about one pixel off by 100, but a whole wrong border row fails.
    /// </summary>
    public static ImageTolerance Default { get; } = new(1, 0.01);

    /// <summary>Ignores differences of up to 4 gray levels and allows a total difference of 0.5 %, for results that legitimately vary a little (resampling, colour conversion).</summary>
    public static ImageTolerance Lenient { get; } = new(4, 0.5);

    /// <summary>The largest difference of one pixel (in gray levels, summed over its channels) that is ignored.</summary>
    public double PixelThreshold { get; init; } = Check(PixelThreshold, nameof(PixelThreshold), 255 * 3);

    /// <summary>The largest total normalized difference, in percent, that still passes.</summary>
    public double MaxTotalDifferencePercent { get; init; } = Check(MaxTotalDifferencePercent, nameof(MaxTotalDifferencePercent), 100);

    /// <summary>Describes the tolerance, e.g. <c>ImageTolerance.Default (pixel threshold 1, total difference ≤ 0.01 %)</c>.</summary>
    public override string ToString()
    {
        var name = this == Exact ? "ImageTolerance.Exact"
            : this == Default ? "ImageTolerance.Default"
            : this == Lenient ? "ImageTolerance.Lenient"
            : "ImageTolerance";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name} (pixel threshold {PixelThreshold}, total difference ≤ {MaxTotalDifferencePercent} %)");
    }

    private static double Check(double value, string name, double max)
    {
        if (!(value >= 0 && value <= max))
        {
            throw new ArgumentOutOfRangeException(
                name,
                value,
                string.Create(CultureInfo.InvariantCulture, $"ImageTolerance({name}: {value}) must be a number from 0 to {max}."));
        }

        return value;
    }
}
