using Labs.Imaging;

namespace Lab.Tests;

/// <summary>The pixel values of an image, row by row, for comparing them with <c>Matches.Vector</c>.</summary>
internal static class Pixels
{
    /// <summary>All grey levels of <paramref name="image"/>: the first row from left to right, then the second row, and so on.</summary>
    public static double[] Of(Image image) => [.. image.ToArray().Cast<double>()];
}
