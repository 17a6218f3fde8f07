namespace Labs.Testing;

/// <summary>
/// Summary numbers of one channel of an image, as shown under each panel of a visual report.
/// NaN and ±Infinity are counted apart and left out of the minimum, maximum, mean and standard deviation.
/// </summary>
/// <param name="Min">Smallest finite value (NaN when there is none).</param>
/// <param name="Max">Largest finite value (NaN when there is none).</param>
/// <param name="Mean">Mean of the finite values (NaN when there is none).</param>
/// <param name="StandardDeviation">Population standard deviation of the finite values (divides by n, like NumPy's <c>std</c>).</param>
/// <param name="FiniteCount">How many values are finite.</param>
/// <param name="NaNCount">How many values are NaN.</param>
/// <param name="InfinityCount">How many values are +Infinity or −Infinity.</param>
internal readonly record struct PixelStatistics(
    double Min, double Max, double Mean, double StandardDeviation, long FiniteCount, long NaNCount, long InfinityCount)
{
    /// <summary>True when at least one value is finite, so <see cref="Min"/> and <see cref="Max"/> are numbers.</summary>
    public bool HasFiniteValues => FiniteCount > 0;

    /// <summary>Computes the statistics of <paramref name="values"/> (two passes, so the deviation stays accurate).</summary>
    public static PixelStatistics Of(ReadOnlySpan<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0;
        long finite = 0, nan = 0, infinite = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                nan++;
            }
            else if (double.IsInfinity(v))
            {
                infinite++;
            }
            else
            {
                finite++;
                sum += v;
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        if (finite == 0)
        {
            return new PixelStatistics(double.NaN, double.NaN, double.NaN, double.NaN, 0, nan, infinite);
        }

        var mean = sum / finite;
        var squares = 0.0;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                squares += (v - mean) * (v - mean);
            }
        }

        return new PixelStatistics(min, max, mean, Math.Sqrt(squares / finite), finite, nan, infinite);
    }
}
