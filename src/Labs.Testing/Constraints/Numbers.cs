using System.Globalization;

namespace Labs.Testing.Constraints;

/// <summary>Converts what a test passes as "actual" into numbers, with a clear description when it is not one.</summary>
internal static class Numbers
{
    public static bool TryConvert<T>(T actual, out double value)
    {
        switch (actual)
        {
            case double d:
                value = d;
                return true;
            case float f:
                value = f;
                return true;
            case int or long or short or byte or sbyte or uint or ulong or ushort or decimal:
                value = Convert.ToDouble(actual, CultureInfo.InvariantCulture);
                return true;
            default:
                value = double.NaN;
                return false;
        }
    }

    public static bool TryConvertVector<T>(T actual, out double[] values)
    {
        switch (actual)
        {
            case double[] d:
                values = d;
                return true;
            case float[] f:
                values = Array.ConvertAll(f, x => (double)x);
                return true;
            case int[] i:
                values = Array.ConvertAll(i, x => (double)x);
                return true;
            case IEnumerable<double> e:
                values = [.. e];
                return true;
            default:
                values = [];
                return false;
        }
    }

    public static string Describe(object? actual) => actual switch
    {
        null => "null",
        _ => $"a {actual.GetType().Name} ({actual})",
    };
}
