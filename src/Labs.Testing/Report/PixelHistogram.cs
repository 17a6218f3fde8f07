namespace Labs.Testing;

/// <summary>
/// Counts of finite pixel values in equal-width bins, for the histogram under a report panel.
/// </summary>
/// <param name="Lower">Left edge of the first bin.</param>
/// <param name="Upper">Right edge of the last bin.</param>
/// <param name="Counts">Number of values in each bin; the last bin includes <paramref name="Upper"/>.</param>
internal sealed record PixelHistogram(double Lower, double Upper, long[] Counts)
{
    /// <summary>Number of bins used when the values are not small integers.</summary>
    public const int DefaultBins = 64;

    /// <summary>Largest number of distinct integers that get one bin each.</summary>
    public const int MaxIntegerBins = 256;

    /// <summary>
    /// Builds one histogram per channel of <paramref name="values"/> (planar, <paramref name="channels"/> equal planes),
    /// all with the same bins. When every finite value is an integer and at most <see cref="MaxIntegerBins"/> integers lie
    /// between min and max, each integer gets its own bin (edges at ±0.5); otherwise <see cref="DefaultBins"/> bins span min..max.
    /// </summary>
    public static PixelHistogram[] PerChannel(ReadOnlySpan<double> values, int channels)
    {
        var all = PixelStatistics.Of(values);
        var (lower, upper, bins) = Bins(values, all);
        var plane = values.Length / channels;
        var histograms = new PixelHistogram[channels];
        for (var c = 0; c < channels; c++)
        {
            histograms[c] = Count(values.Slice(c * plane, plane), lower, upper, bins);
        }

        return histograms;
    }

    private static (double Lower, double Upper, int Bins) Bins(ReadOnlySpan<double> values, PixelStatistics statistics)
    {
        if (!statistics.HasFiniteValues)
        {
            return (0, 1, 1);
        }

        if (AllIntegers(values) && statistics.Max - statistics.Min + 1 <= MaxIntegerBins)
        {
            return (statistics.Min - 0.5, statistics.Max + 0.5, (int)(statistics.Max - statistics.Min) + 1);
        }

        return statistics.Max > statistics.Min
            ? (statistics.Min, statistics.Max, DefaultBins)
            : (statistics.Min - 0.5, statistics.Min + 0.5, 1);
    }

    private static PixelHistogram Count(ReadOnlySpan<double> values, double lower, double upper, int bins)
    {
        var counts = new long[bins];
        var width = (upper - lower) / bins;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                var bin = (int)Math.Floor((v - lower) / width);
                counts[Math.Clamp(bin, 0, bins - 1)]++;
            }
        }

        return new PixelHistogram(lower, upper, counts);
    }

    private static bool AllIntegers(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (double.IsFinite(v) && v != Math.Floor(v))
            {
                return false;
            }
        }

        return true;
    }
}
