using System.Globalization;
using Labs.Imaging;

namespace Labs.Testing.Snapshots;

/// <summary>
/// How a received image differs from its verified snapshot, measured as <see cref="ImageTolerance"/> describes:
/// both images quantized to 8 bits, the difference of a pixel summed over its channels.
/// </summary>
/// <param name="Tolerance">The tolerance the images were compared with.</param>
/// <param name="PixelDifferences">The difference of each pixel, row by row (empty when the shapes differ).</param>
/// <param name="CountedPixels">How many pixels differ by more than the pixel threshold.</param>
/// <param name="TotalDifferencePercent">The summed differences of the counted pixels over (pixel count × channels × 255), in percent.</param>
/// <param name="LargestDifference">The largest difference of one pixel (counted or not).</param>
/// <param name="LargestAt">Where the largest difference is, as (x, y); the first such pixel in reading order.</param>
internal sealed record ImageDifference(
    ImageTolerance Tolerance,
    int[] PixelDifferences,
    int CountedPixels,
    double TotalDifferencePercent,
    int LargestDifference,
    (int X, int Y) LargestAt)
{
    /// <summary>True when the images are close enough for the tolerance.</summary>
    public bool WithinTolerance => TotalDifferencePercent <= Tolerance.MaxTotalDifferencePercent;

    /// <summary>Compares two images of the same shape, after quantizing both to 8 bits.</summary>
    /// <param name="received">The image the test produced.</param>
    /// <param name="verified">The image in the verified snapshot.</param>
    /// <param name="tolerance">How much difference is allowed.</param>
    public static ImageDifference Measure(Image received, Image verified, ImageTolerance tolerance)
    {
        if (received.Shape != verified.Shape)
        {
            throw new ArgumentException($"ImageDifference.Measure needs images of one shape, not {received.Shape} and {verified.Shape}.", nameof(verified));
        }

        int pixels = received.PixelCount, channels = received.Channels;
        var differences = new int[pixels];
        long total = 0;
        int counted = 0, largest = 0, largestIndex = 0;
        for (var i = 0; i < pixels; i++)
        {
            var d = 0;
            for (var c = 0; c < channels; c++)
            {
                var k = (c * pixels) + i;
                d += Math.Abs(Quantize(received.Data[k]) - Quantize(verified.Data[k]));
            }

            differences[i] = d;
            if (d > tolerance.PixelThreshold)
            {
                total += d;
                counted++;
            }

            if (d > largest)
            {
                largest = d;
                largestIndex = i;
            }
        }

        var percent = 100.0 * total / ((double)pixels * channels * 255);
        return new ImageDifference(
            tolerance,
            differences,
            counted,
            percent,
            largest,
            (largestIndex % received.Width, largestIndex / received.Width));
    }

    /// <summary>
    /// The 8-bit value a snapshot stores: rounded to the nearest whole number (halves away from zero) and clipped to 0..255;
    /// NaN becomes 0, as when the image is saved as a PNG.
    /// </summary>
    public static int Quantize(double value)
    {
        if (double.IsNaN(value) || value <= 0)
        {
            return 0;
        }

        return value >= 255 ? 255 : (int)Math.Round(value, MidpointRounding.AwayFromZero);
    }

    /// <summary>A copy of <paramref name="image"/> with every value quantized as the snapshot file stores it.</summary>
    public static Image Quantized(Image image)
    {
        var copy = image.Clone();
        var data = copy.Data;
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = Quantize(data[i]);
        }

        return copy;
    }

    /// <summary>Describes the difference for a failure message.</summary>
    public string Describe(int channels)
    {
        var perChannel = channels == 1 ? string.Empty : $" (summed over the {channels} channels)";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{CountedPixels} of {PixelDifferences.Length} pixels differ by more than {Tolerance.PixelThreshold}{perChannel}, "
            + $"a total difference of {TotalDifferencePercent:0.####} % where at most {Tolerance.MaxTotalDifferencePercent} % is allowed ({Tolerance}). "
            + $"The largest difference is {LargestDifference} at (x: {LargestAt.X}, y: {LargestAt.Y}).");
    }
}
