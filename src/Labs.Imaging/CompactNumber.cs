using System.Globalization;

namespace Labs.Imaging;

/// <summary>Writes numbers the way a person reads them in feedback: <c>42</c>, <c>0.25</c>, <c>3e-4</c>, <c>1.23e7</c>, <c>NaN</c>, <c>∞</c>.</summary>
internal static class CompactNumber
{
    internal static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }

        var magnitude = Math.Abs(value);
        if (value == Math.Round(value) && magnitude < 1e15)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        if (magnitude < 1e-3 || magnitude >= 1e7)
        {
            var exponent = (int)Math.Floor(Math.Log10(magnitude));
            var mantissa = Math.Round(value / Math.Pow(10, exponent), 2);
            if (Math.Abs(mantissa) >= 10)
            {
                mantissa /= 10;
                exponent++;
            }

            return mantissa.ToString("0.##", CultureInfo.InvariantCulture) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("G6", CultureInfo.InvariantCulture);
    }
}
