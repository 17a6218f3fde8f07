using System.Collections.ObjectModel;
using System.Globalization;

namespace Labs.Imaging;

/// <summary>
/// How many values fall into each of a number of equal-width bins; made by <see cref="Image.Histogram"/>.
/// Bin <c>i</c> covers <c>[Edges[i], Edges[i + 1])</c>; the last bin also includes its right edge.
/// </summary>
/// <example>
/// <code>
/// var h = image.Histogram(bins: 4, min: 0, max: 4);
/// for (var i = 0; i &lt; h.BinCount; i++)
/// {
///     Console.WriteLine($"[{h.Edges[i]}, {h.Edges[i + 1]}): {h.Counts[i]}");
/// }
/// </code>
/// </example>
public sealed class Histogram
{
    private readonly long[] _counts;
    private readonly double[] _edges;

    private Histogram(long[] counts, double[] edges)
    {
        _counts = counts;
        _edges = edges;
        Counts = new ReadOnlyCollection<long>(counts);
        Edges = new ReadOnlyCollection<double>(edges);
        Total = counts.Sum();
    }

    /// <summary>Number of values in each bin; <c>Counts[0]</c> is the leftmost bin.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>The bin edges, one more than the number of bins: bin <c>i</c> runs from <c>Edges[i]</c> to <c>Edges[i + 1]</c>.</summary>
    public IReadOnlyList<double> Edges { get; }

    /// <summary>Number of bins.</summary>
    public int BinCount => _counts.Length;

    /// <summary>Width of every bin: (right edge of the last bin − left edge of the first) / number of bins.</summary>
    public double BinWidth => (_edges[^1] - _edges[0]) / _counts.Length;

    /// <summary>Number of values counted, i.e. the sum of <see cref="Counts"/>. Values outside the range and NaN are not included.</summary>
    public long Total { get; }

    /// <summary>A short description such as <c>Histogram of 1000 values in 256 bins over [0, 255]</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Histogram of {Total} values in {BinCount} bins over [{_edges[0]}, {_edges[^1]}]");

    /// <summary>Counts <paramref name="values"/> with the rules of <c>numpy.histogram</c> (see <see cref="Image.Histogram"/>).</summary>
    internal static Histogram Of(ReadOnlySpan<double> values, int bins, double? min, double? max)
    {
        if (bins < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(bins),
                bins,
                $"Histogram(bins: {bins}): the number of bins must be at least 1.");
        }

        CheckFinite(min, nameof(min));
        CheckFinite(max, nameof(max));
        var (first, last) = Range(values, min, max);
        if (first == last)
        {
            first -= 0.5;
            last += 0.5;
        }

        var edges = new double[bins + 1];
        var step = (last - first) / bins;
        for (var i = 0; i < bins; i++)
        {
            edges[i] = (i * step) + first;
        }

        edges[bins] = last;

        var counts = new long[bins];
        var span = last - first;
        foreach (var v in values)
        {
            // NaN fails both comparisons, so it is skipped with the values outside the range.
            if (!(v >= first && v <= last))
            {
                continue;
            }

            // As numpy: estimate the bin, then correct by comparing with the edges (rounding may be off by one).
            var i = Math.Min((int)((v - first) / span * bins), bins - 1);
            if (v < edges[i])
            {
                i--;
            }
            else if (v >= edges[i + 1] && i != bins - 1)
            {
                i++;
            }

            counts[i]++;
        }

        return new Histogram(counts, edges);
    }

    private static void CheckFinite(double? bound, string name)
    {
        if (bound is { } b && !double.IsFinite(b))
        {
            throw new ArgumentOutOfRangeException(
                name,
                b,
                $"Histogram({name}: {(double.IsNaN(b) ? "NaN" : b > 0 ? "∞" : "-∞")}): the range of a histogram must be finite numbers.");
        }
    }

    private static (double First, double Last) Range(ReadOnlySpan<double> values, double? min, double? max)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        if (min is null || max is null)
        {
            foreach (var v in values)
            {
                low = v < low ? v : low;
                high = v > high ? v : high;
            }

            if (low > high)
            {
                // Only NaN values: like numpy for an empty array, use [0, 1].
                (low, high) = (0, 1);
            }
            else if (double.IsInfinity(low) || double.IsInfinity(high))
            {
                throw new InvalidOperationException(
                    "Histogram: the image contains ∞ or -∞, so the range cannot be taken from its smallest and largest values. "
                    + "Give the range yourself, e.g. Histogram(256, min: 0, max: 255).");
            }
        }

        var first = min ?? low;
        var last = max ?? high;
        if (first > last)
        {
            var message = (min, max) switch
            {
                (not null, not null) => FormattableString.Invariant($"Histogram(min: {first}, max: {last}): min must not be larger than max; swap them."),
                (not null, null) => FormattableString.Invariant($"Histogram(min: {first}): min is larger than the image's largest value ({last}); give a max as well, or a smaller min."),
                _ => FormattableString.Invariant($"Histogram(max: {last}): max is smaller than the image's smallest value ({first}); give a min as well, or a larger max."),
            };
            throw new ArgumentException(message, min is null ? nameof(max) : nameof(min));
        }

        return (first, last);
    }
}
