using Labs.Imaging;

namespace AdversarialLab;

/// <summary>
/// Correct student code, whose tests must keep passing whatever the other tests do to the test host. It uses ordinary
/// C# (collection expressions of lists and spans, LINQ, lambdas, spans, iterators) so that the forbidden-API scanner can show it finds nothing here.
/// </summary>
public static class Honest
{
    /// <summary>The square of <paramref name="x"/>.</summary>
    public static double Square(double x) => x * x;

    /// <summary>The mean of every pixel.</summary>
    public static double Mean(Image image)
    {
        List<double> values = [.. image.ToArray().Cast<double>()];
        ReadOnlySpan<double> weights = [1.0, 1.0];
        List<double> offsets = [0.0, 0.0];
        var scale = weights[0] / weights.Length * 2;
        return values.Select(v => (v * scale) + offsets[1]).Average();
    }

    /// <summary>The rows of <paramref name="image"/> with their sums, e.g. for a report.</summary>
    public static IEnumerable<string> RowSums(Image image)
    {
        for (var y = 0; y < image.Height; y++)
        {
            var sum = 0.0;
            for (var x = 0; x < image.Width; x++)
            {
                sum += image[x, y];
            }

            yield return $"row {y}: {sum}";
        }
    }
}
