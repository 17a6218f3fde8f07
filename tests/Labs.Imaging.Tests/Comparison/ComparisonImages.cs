namespace Labs.Imaging.Tests.Comparison;

/// <summary>Small hand-written images for the Compare tests, and a way to build a "buggy" image pixel by pixel.</summary>
internal static class ComparisonImages
{
    /// <summary>
    /// 5 wide, 4 high, values 1 to 20 each once, in no order: no symmetry, no common factor,
    /// so no flip, shift, scale or offset of it equals it.
    /// </summary>
    internal static Image Distinct5x4() => Image.FromRows(
        [1, 4, 2, 8, 5],
        [7, 3, 9, 6, 10],
        [12, 15, 11, 14, 13],
        [20, 16, 18, 17, 19]);

    /// <summary>A square image whose pixel (x, y) is x + size·y + 1, i.e. 1, 2, 3, … in reading order.</summary>
    internal static Image Counting(int size) => Build(size, size, (x, y) => x + (size * y) + 1);

    /// <summary>A new grayscale image whose pixel (x, y) is <paramref name="pixel"/>(x, y).</summary>
    internal static Image Build(int width, int height, Func<int, int, double> pixel)
    {
        var image = new Image(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = pixel(x, y);
            }
        }

        return image;
    }

    /// <summary>A copy of <paramref name="image"/> with <paramref name="change"/> applied to every pixel value.</summary>
    internal static Image Map(Image image, Func<double, double> change) =>
        Build(image.Width, image.Height, (x, y) => change(image[x, y]));
}
