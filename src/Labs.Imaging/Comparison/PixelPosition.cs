using System.Globalization;

namespace Labs.Imaging;

/// <summary>One compared value: where it is in the image, what was expected there and what was found.</summary>
/// <param name="X">Column, 0 at the left.</param>
/// <param name="Y">Row, 0 at the top.</param>
/// <param name="Channel">0 for a grayscale image; 0, 1 or 2 (red, green, blue) for an RGB image.</param>
/// <param name="Expected">The value in the expected image.</param>
/// <param name="Actual">The value in your image.</param>
public readonly record struct PixelPosition(int X, int Y, int Channel, double Expected, double Actual)
{
    /// <summary>Written as <c>x: 2, y: 5, channel: 0, expected: 1, actual: 4</c>.</summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"x: {X}, y: {Y}, channel: {Channel}, expected: {ComparisonText.Number(Expected)}, actual: {ComparisonText.Number(Actual)}");

    /// <summary>The position of value number <paramref name="index"/> in an image's planar storage.</summary>
    internal static PixelPosition At(Image expected, Image actual, int index)
    {
        var plane = actual.PixelCount;
        var inPlane = index % plane;
        return new PixelPosition(
            inPlane % actual.Width,
            inPlane / actual.Width,
            index / plane,
            expected.Data[index],
            actual.Data[index]);
    }
}
