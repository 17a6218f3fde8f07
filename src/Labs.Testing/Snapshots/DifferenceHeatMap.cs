using Labs.Imaging;

namespace Labs.Testing.Snapshots;

/// <summary>
/// Draws where two images differ: black where they are equal, dark blue where the difference is within the pixel
/// threshold (ignored), and red → yellow → white for counted differences, white being the largest.
/// </summary>
internal static class DifferenceHeatMap
{
    /// <summary>The colour of a difference that the pixel threshold ignores.</summary>
    public static readonly Rgb Ignored = new(0, 0, 160);

    /// <summary>What the colours mean, for failure messages.</summary>
    public const string Legend = "black = equal, blue = within the pixel threshold, red → yellow → white = counted differences";

    /// <summary>Draws the heat map of a measured difference as an RGB image of the compared images' size.</summary>
    /// <param name="difference">The measured difference.</param>
    /// <param name="width">Width of the compared images.</param>
    /// <param name="height">Height of the compared images.</param>
    public static Image Draw(ImageDifference difference, int width, int height)
    {
        var map = Image.CreateRgb(width, height);
        var threshold = difference.Tolerance.PixelThreshold;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var d = difference.PixelDifferences[(y * width) + x];
                if (d == 0)
                {
                    continue;
                }

                map.SetRgb(x, y, d <= threshold ? Ignored : Hot((double)d / difference.LargestDifference));
            }
        }

        return map;
    }

    /// <summary>
    /// The colour of a counted difference that is <paramref name="fraction"/> (0..1] of the largest:
    /// the top two thirds of the "hot" colour map, so that even the smallest counted difference is bright red.
    /// </summary>
    public static Rgb Hot(double fraction)
    {
        var s = (1.0 / 3) + (2.0 / 3 * Math.Clamp(fraction, 0, 1));
        return new Rgb(
            255 * Math.Clamp(3 * s, 0, 1),
            255 * Math.Clamp((3 * s) - 1, 0, 1),
            255 * Math.Clamp((3 * s) - 2, 0, 1));
    }
}
