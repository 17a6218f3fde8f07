using System.Globalization;

namespace Labs.Imaging;

/// <summary>Finds NaN and ±∞ in your image where the expected image has numbers.</summary>
internal static class NonFiniteDiagnoses
{
    /// <summary>NaN in your image where the expected value is not NaN, or null when there is none.</summary>
    internal static Diagnosis? FindNaN(Image actual, Image expected)
    {
        var (count, first) = Count(actual, expected, static (a, e) => double.IsNaN(a) && !double.IsNaN(e));
        if (count == 0)
        {
            return null;
        }

        var position = PixelPosition.At(expected, actual, first);
        var values = count == 1 ? "value" : "values";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Your image has {count} NaN {values} (not a number) where the expected image has numbers; the first is at {ComparisonText.Position(position, actual.Channels)}. NaN comes from 0 / 0 — a division by zero, e.g. normalizing a constant image by max − min = 0 — and then spreads through every sum it enters.");
        return new Diagnosis(DiagnosisKind.NaNPresent, message) { Value = count, FirstPosition = position };
    }

    /// <summary>+∞ or −∞ in your image where the expected value is finite, or null when there is none.</summary>
    internal static Diagnosis? FindInfinity(Image actual, Image expected)
    {
        var (count, first) = Count(actual, expected, static (a, e) => double.IsInfinity(a) && double.IsFinite(e));
        if (count == 0)
        {
            return null;
        }

        var position = PixelPosition.At(expected, actual, first);
        var values = count == 1 ? "value" : "values";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Your image has {count} infinite {values} where the expected image has finite numbers; the first is at {ComparisonText.Position(position, actual.Channels)}. Infinity comes from dividing a non-zero number by 0, or from a value that grew too large.");
        return new Diagnosis(DiagnosisKind.InfinityPresent, message) { Value = count, FirstPosition = position };
    }

    private static (int Count, int First) Count(Image actual, Image expected, Func<double, double, bool> isBad)
    {
        double[] a = actual.Data, e = expected.Data;
        int count = 0, first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            // Finite values are the common case: skip them without calling the predicate.
            if (double.IsFinite(a[i]) || !isBad(a[i], e[i]))
            {
                continue;
            }

            if (count++ == 0)
            {
                first = i;
            }
        }

        return (count, first);
    }
}
