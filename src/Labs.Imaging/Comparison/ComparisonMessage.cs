using System.Globalization;
using System.Text;

namespace Labs.Imaging;

/// <summary>Writes the student-facing text of an <see cref="ImageComparison"/>.</summary>
internal static class ComparisonMessage
{
    /// <summary>The full message: the verdict, the largest error and one "Likely cause:" line per diagnosis, separated by '\n'.</summary>
    internal static string Write(ImageComparison comparison)
    {
        var text = new StringBuilder();
        if (!comparison.ShapesMatch)
        {
            text.Append(ShapeLine(comparison.ExpectedShape, comparison.ActualShape));
        }
        else if (comparison.IsMatch)
        {
            text.Append(CultureInfo.InvariantCulture, $"All {ComparisonText.CountOfValues(comparison.PixelCount, comparison.ActualShape.Channels)} match the expected image (largest error {ComparisonText.Number(comparison.MaxAbsoluteError)}, tolerance {ComparisonText.Number(comparison.Tolerance)}).");
        }
        else
        {
            AppendMismatch(text, comparison);
        }

        foreach (var diagnosis in comparison.Diagnoses)
        {
            text.Append("\nLikely cause: ").Append(diagnosis.Message);
        }

        return text.ToString();
    }

    private static void AppendMismatch(StringBuilder text, ImageComparison comparison)
    {
        var channels = comparison.ActualShape.Channels;
        var count = comparison.MismatchCount;
        text.Append(
            CultureInfo.InvariantCulture,
            $"{count} of {ComparisonText.CountOfValues(comparison.PixelCount, channels)} ({ComparisonText.Percentage(count, comparison.PixelCount)} %) {(count == 1 ? "differs" : "differ")} from the expected image by more than the tolerance {ComparisonText.Number(comparison.Tolerance)}.");

        if (comparison.Worst is { } worst)
        {
            var error = double.IsFinite(comparison.MaxAbsoluteError) ? $": {ComparisonText.Number(comparison.MaxAbsoluteError)}" : string.Empty;
            text.Append(
                CultureInfo.InvariantCulture,
                $"\nLargest error{error} at {ComparisonText.Position(worst, channels)}: expected {ComparisonText.Number(worst.Expected)}, got {ComparisonText.Number(worst.Actual)}.");
        }
    }

    private static string ShapeLine(ImageShape expected, ImageShape actual)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Wrong size: expected a {expected} image ({expected.Width} wide, {expected.Height} high) but got {actual} ({actual.Width} wide, {actual.Height} high).");
        }

        return expected.Channels == 3
            ? string.Create(CultureInfo.InvariantCulture, $"Wrong number of channels: expected a {expected} image (3 channels) but got a grayscale one (1 channel). Process all three colour channels, e.g. with GetChannel(c) and FromChannels.")
            : string.Create(CultureInfo.InvariantCulture, $"Wrong number of channels: expected a grayscale {expected} image (1 channel) but got an RGB one (3 channels). Make a grayscale result, or work on one channel with GetChannel(c).");
    }
}
