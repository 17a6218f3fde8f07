using Labs.Imaging;

namespace Lab;

/// <summary>
/// The histogram of an 8-bit image and two things it is good for: equalizing the contrast, and choosing a threshold
/// that separates objects from the background (Otsu's method). README.md explains the tasks.
/// </summary>
public static class Histograms
{
    /// <summary>The number of grey levels of an 8-bit image: 0, 1, …, 255.</summary>
    public const int Levels = 256;

    /// <summary>
    /// Task 4: counts how many pixels have each grey level: <c>histogram[k]</c> is the number of pixels with value k.
    /// </summary>
    /// <param name="image">An 8-bit grey-level image: every pixel is a whole number from 0 to 255.</param>
    /// <returns>An array of <see cref="Levels"/> counts that add up to the number of pixels.</returns>
    /// <exception cref="ArgumentException">A pixel is not a whole number from 0 to 255; the message names it.</exception>
    /// <remarks>Do not call <c>image.Histogram(…)</c>.</remarks>
    /// <example>
    /// <code>Histograms.Count(Image.FromRows([0, 1, 1], [255, 1, 0])); // [0] = 2, [1] = 3, [255] = 1, all others 0</code>
    /// </example>
    public static long[] Count(Image image)
    {
#if SOLUTION
        var histogram = new long[Levels];
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var value = image[x, y];
                if (value < 0 || value > Levels - 1 || value != Math.Floor(value))
                {
                    throw new ArgumentException($"Pixel ({x}, {y}) is {value}, but an 8-bit image has whole numbers from 0 to 255.", nameof(image));
                }

                histogram[(int)value]++;
            }
        }

        return histogram;
#else
        throw new NotImplementedException();
#endif
    }

    /// <summary>
    /// Task 5: histogram equalization. Every grey level k becomes
    /// g = round(255 · (C(k) − C_min) / (N − C_min)), where C(k) is the number of pixels with a grey level ≤ k
    /// (the cumulative histogram), C_min the smallest non-zero C(k) and N the number of pixels. Halves round up.
    /// </summary>
    /// <param name="image">An 8-bit grey-level image: every pixel is a whole number from 0 to 255.</param>
    /// <returns>
    /// The equalized image, of the same size, with grey levels spread over 0..255. A constant image (N = C_min)
    /// cannot be spread and is returned unchanged (as a new image).
    /// </returns>
    /// <example>
    /// <code>Histograms.Equalize(Image.FromRows([0, 0, 1, 3])); // C = 2, 3, 3, 4 → [0, 0, 128, 255]</code>
    /// </example>
    public static Image Equalize(Image image)
    {
#if SOLUTION
        var histogram = Count(image);
        var cumulative = new long[Levels];
        var running = 0L;
        for (var k = 0; k < Levels; k++)
        {
            running += histogram[k];
            cumulative[k] = running;
        }

        var total = (long)image.PixelCount;
        var smallest = cumulative.First(c => c > 0);
        var result = image.Clone();
        if (total == smallest)
        {
            return result;
        }

        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var c = cumulative[(int)image[x, y]];
                result[x, y] = Math.Round(255.0 * (c - smallest) / (total - smallest), MidpointRounding.AwayFromZero);
            }
        }

        return result;
#else
        throw new NotImplementedException();
#endif
    }

    /// <summary>
    /// Task 6: Otsu's threshold. Splitting the grey levels into a dark class (levels ≤ t) and a bright class (levels &gt; t),
    /// returns the t from 0 to 254 that makes the between-class variance σ_B²(t) = ω₀ ω₁ (μ₀ − μ₁)² largest, where
    /// ω₀, ω₁ are the fractions of pixels in each class and μ₀, μ₁ their mean grey levels.
    /// </summary>
    /// <param name="image">An 8-bit grey-level image: every pixel is a whole number from 0 to 255.</param>
    /// <returns>
    /// The threshold t; when several t give the same largest σ_B², the smallest of them. When every split leaves a class
    /// empty (a constant image), the image's grey level, clipped to 0..254.
    /// </returns>
    /// <example>
    /// <code>
    /// // Half the pixels 50, half 200: every t from 50 to 199 separates them equally well, so t = 50.
    /// </code>
    /// </example>
    public static int OtsuThreshold(Image image)
    {
#if SOLUTION
        var histogram = Count(image);
        double total = image.PixelCount;
        var sumAll = 0.0;
        for (var k = 0; k < Levels; k++)
        {
            sumAll += k * (double)histogram[k];
        }

        var best = -1;
        var bestVariance = -1.0;
        var count0 = 0.0;
        var sum0 = 0.0;
        for (var t = 0; t < Levels - 1; t++)
        {
            count0 += histogram[t];
            sum0 += t * (double)histogram[t];
            var count1 = total - count0;
            if (count0 == 0 || count1 == 0)
            {
                continue;
            }

            var mean0 = sum0 / count0;
            var mean1 = (sumAll - sum0) / count1;
            var variance = count0 / total * (count1 / total) * (mean0 - mean1) * (mean0 - mean1);
            if (variance > bestVariance)
            {
                bestVariance = variance;
                best = t;
            }
        }

        return best >= 0 ? best : Math.Min((int)image[0, 0], Levels - 2);
#else
        throw new NotImplementedException();
#endif
    }
}
