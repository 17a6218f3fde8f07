using Labs.Imaging;

namespace Lab;

/// <summary>
/// Your first image operations: shifting the grey levels so that they average zero, and stretching them to fill [0, 1].
/// Write each method where it says <c>throw new NotImplementedException();</c>. README.md explains the tasks.
/// </summary>
public static class Basics
{
    /// <summary>
    /// Task 1: returns a new image in which the mean grey level has been subtracted from every pixel,
    /// g(x, y) = f(x, y) − μ, so that the new image has mean 0. The input image is not changed.
    /// </summary>
    /// <param name="image">The grey-level image f; it has at least one pixel.</param>
    /// <returns>The zero-mean image g, of the same size as <paramref name="image"/>.</returns>
    /// <remarks>Do not call <c>image.Mean()</c> or <c>image.Sum()</c>: add up the pixels yourself.</remarks>
    /// <example>
    /// <code>Basics.MakeZeroMean(Image.FromRows([1, 2], [3, 6])); // mean 3 → [−2, −1], [0, 3]</code>
    /// </example>
    public static Image MakeZeroMean(Image image)
    {
#if SOLUTION
        var sum = 0.0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                sum += image[x, y];
            }
        }

        var mean = sum / image.PixelCount;
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                result[x, y] = image[x, y] - mean;
            }
        }

        return result;
#else
        throw new NotImplementedException();
#endif
    }

    /// <summary>
    /// Task 2: returns a new image whose grey levels are stretched linearly so that the darkest pixel becomes 0
    /// and the brightest 1: g(x, y) = (f(x, y) − min) / (max − min). The input image is not changed.
    /// </summary>
    /// <param name="image">The grey-level image f; it has at least one pixel.</param>
    /// <returns>
    /// The stretched image g, of the same size as <paramref name="image"/>. A constant image (max = min) has no
    /// contrast to stretch and gives an image of zeros.
    /// </returns>
    /// <remarks>Do not call <c>image.Normalize()</c>, <c>image.Min()</c> or <c>image.Max()</c>: find the extremes yourself.</remarks>
    /// <example>
    /// <code>Basics.StretchContrast(Image.FromRows([10, 15, 30])); // [0, 0.25, 1]</code>
    /// </example>
    public static Image StretchContrast(Image image)
    {
#if SOLUTION
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                min = Math.Min(min, image[x, y]);
                max = Math.Max(max, image[x, y]);
            }
        }

        var range = max - min;
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                result[x, y] = range > 0 ? (image[x, y] - min) / range : 0;
            }
        }

        return result;
#else
        throw new NotImplementedException();
#endif
    }

    /// <summary>
    /// Task 3: returns a new image with a chosen mean and standard deviation:
    /// g(x, y) = m + s · (f(x, y) − μ) / σ, where μ and σ are the mean and the standard deviation of f.
    /// The input image is not changed.
    /// </summary>
    /// <param name="image">The grey-level image f; it has at least one pixel.</param>
    /// <param name="mean">The mean m that the result must have.</param>
    /// <param name="standardDeviation">The standard deviation s that the result must have (0 or more).</param>
    /// <returns>
    /// The normalized image g, of the same size as <paramref name="image"/>. A constant image (σ = 0) has no
    /// variation to scale and gives an image in which every pixel equals <paramref name="mean"/>.
    /// </returns>
    /// <remarks>
    /// σ is the population standard deviation: σ² = (1 / N) Σ (f − μ)², dividing by the number of pixels N.
    /// Do not call <c>image.Mean()</c> or <c>image.StandardDeviation()</c>.
    /// </remarks>
    /// <example>
    /// <code>Basics.NormalizeStatistics(Image.FromRows([1, 3]), mean: 10, standardDeviation: 2); // μ = 2, σ = 1 → [8, 12]</code>
    /// </example>
    public static Image NormalizeStatistics(Image image, double mean, double standardDeviation)
    {
#if SOLUTION
        var count = image.PixelCount;
        var sum = 0.0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                sum += image[x, y];
            }
        }

        var mu = sum / count;
        var squares = 0.0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var d = image[x, y] - mu;
                squares += d * d;
            }
        }

        var sigma = Math.Sqrt(squares / count);
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                result[x, y] = sigma > 0 ? mean + (standardDeviation * (image[x, y] - mu) / sigma) : mean;
            }
        }

        return result;
#else
        throw new NotImplementedException();
#endif
    }
}
