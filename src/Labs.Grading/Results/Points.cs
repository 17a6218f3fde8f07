using System.Globalization;

namespace Labs.Grading.Results;

/// <summary>
/// How the grader rounds and prints points: <see cref="decimal"/> values rounded to 2 decimals, half away from zero,
/// printed with the invariant culture (decimal point) and without trailing zeros ("4", "2.5", "0.33").
/// </summary>
internal static class Points
{
    /// <summary>The number of decimals kept in every computed number of points.</summary>
    public const int Decimals = 2;

    /// <summary>Rounds to 2 decimals (half away from zero) and drops trailing zeros, so 4.00 and 4 print alike.</summary>
    public static decimal Round(decimal points) =>
        Normalize(decimal.Round(points, Decimals, MidpointRounding.AwayFromZero));

    /// <summary>Prints points with a decimal point and no trailing zeros, e.g. "2.5".</summary>
    public static string Format(decimal points) => Round(points).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Removes trailing zeros from the decimal's scale (4.00m becomes 4m) without changing its value.</summary>
    public static decimal Normalize(decimal points) => points / 1.000000000000000000000000000000000m;
}
