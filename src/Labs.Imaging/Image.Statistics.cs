namespace Labs.Imaging;

/// <content>Statistics over all pixel values: minimum, maximum, sum, mean, standard deviation and histogram.</content>
/// <remarks>
/// For an RGB image every statistic is taken over all three channels together; for one channel use
/// e.g. <c>image.GetChannel(0).Mean()</c>.
/// Like NumPy, <see cref="Min"/>, <see cref="Max"/>, <see cref="Sum"/>, <see cref="Mean"/> and
/// <see cref="StandardDeviation"/> return NaN as soon as one value is NaN, so a NaN cannot hide in the image.
/// </remarks>
public sealed partial class Image
{
    /// <summary>The smallest pixel value (over all channels), or NaN if any value is NaN, like <c>numpy.min</c>.</summary>
    /// <example><code>Image.FromRows([3, -1, 2]).Min(); // -1</code></example>
    public double Min()
    {
        var min = double.PositiveInfinity;
        foreach (var v in _data)
        {
            if (double.IsNaN(v))
            {
                return double.NaN;
            }

            min = v < min ? v : min;
        }

        return min;
    }

    /// <summary>The largest pixel value (over all channels), or NaN if any value is NaN, like <c>numpy.max</c>.</summary>
    /// <example><code>Image.FromRows([3, -1, 2]).Max(); // 3</code></example>
    public double Max()
    {
        var max = double.NegativeInfinity;
        foreach (var v in _data)
        {
            if (double.IsNaN(v))
            {
                return double.NaN;
            }

            max = v > max ? v : max;
        }

        return max;
    }

    /// <summary>The sum of all pixel values (over all channels); NaN if any value is NaN.</summary>
    /// <example><code>Image.FromRows([1, 2], [3, 4]).Sum(); // 10</code></example>
    public double Sum()
    {
        var sum = 0.0;
        foreach (var v in _data)
        {
            sum += v;
        }

        return sum;
    }

    /// <summary>The average pixel value: <see cref="Sum"/> divided by the number of values; NaN if any value is NaN.</summary>
    /// <example><code>Image.FromRows([1, 2], [3, 4]).Mean(); // 2.5</code></example>
    public double Mean() => Sum() / _data.Length;

    /// <summary>
    /// The population standard deviation √(Σ(v − mean)² / N), dividing by N (not N − 1) like <c>numpy.std</c>
    /// with its default <c>ddof=0</c>; NaN if any value is NaN.
    /// </summary>
    /// <example><code>Image.FromRows([1, 2], [3, 4]).StandardDeviation(); // √1.25 ≈ 1.118</code></example>
    public double StandardDeviation()
    {
        var mean = Mean();
        var sum = 0.0;
        foreach (var v in _data)
        {
            var d = v - mean;
            sum += d * d;
        }

        return Math.Sqrt(sum / _data.Length);
    }

    /// <summary>
    /// Counts how many pixel values fall into each of <paramref name="bins"/> equal-width bins over [min, max],
    /// with the same rules as <c>numpy.histogram</c>.
    /// </summary>
    /// <param name="bins">Number of bins (at least 1).</param>
    /// <param name="min">Left edge of the first bin; by default the image's smallest value.</param>
    /// <param name="max">Right edge of the last bin; by default the image's largest value.</param>
    /// <returns>The counts and the bin edges.</returns>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Every bin includes its left edge and excludes its right edge, except the last bin, which includes <paramref name="max"/>.</item>
    /// <item>Values outside [min, max] and NaN values are not counted.</item>
    /// <item>If min equals max (for example a constant image), the range becomes [min − 0.5, max + 0.5].</item>
    /// <item>An RGB image counts all three channels together (3 values per pixel).</item>
    /// <item>If the image has no values other than NaN and no range is given, the range is [0, 1] and all counts are 0.</item>
    /// </list>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is below 1, or min or max is NaN or infinite.</exception>
    /// <exception cref="ArgumentException">min is larger than max.</exception>
    /// <exception cref="InvalidOperationException">The range is taken from the image, but the image contains ∞ or -∞.</exception>
    /// <example>
    /// <code>
    /// var h = Image.FromRows([0, 1, 1, 2, 3, 4]).Histogram(bins: 4);
    /// // h.Edges:  0, 1, 2, 3, 4
    /// // h.Counts: 1, 2, 1, 2   (the last bin [3, 4] includes 4)
    /// var bytes = image.Histogram(256, min: -0.5, max: 255.5); // one bin per 8-bit grey level
    /// </code>
    /// </example>
    public Histogram Histogram(int bins = 256, double? min = null, double? max = null) =>
        Labs.Imaging.Histogram.Of(_data, bins, min, max);
}
