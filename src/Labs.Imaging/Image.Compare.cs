using System.Globalization;

namespace Labs.Imaging;

/// <summary>Comparing an image with the expected one, with a diagnosis of common bugs.</summary>
public sealed partial class Image
{
    /// <summary>
    /// Compares this image (yours) with the <paramref name="expected"/> one and explains the difference: a wrong size,
    /// how many pixels differ, the largest error and where, and common bugs such as a missing normalization, a flipped
    /// kernel, a kernel centre off by one or a wrong boundary condition.
    /// </summary>
    /// <param name="expected">The image your code should have produced.</param>
    /// <param name="tolerance">
    /// The largest allowed |yours − expected| for a value to count as right (an absolute difference, not a percentage).
    /// NaN matches NaN and an infinity matches the same infinity.
    /// </param>
    /// <returns>The comparison; <see cref="ImageComparison.IsMatch"/> tells whether the images agree and <see cref="ImageComparison.Message"/> explains why not.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative, NaN or infinite.</exception>
    /// <example>
    /// <code>
    /// var result = mine.Compare(expected, tolerance: 1e-9);
    /// if (!result.IsMatch)
    /// {
    ///     Console.WriteLine(result.Message);
    /// }
    /// </code>
    /// </example>
    public ImageComparison Compare(Image expected, double tolerance = ImageComparison.DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (!(tolerance >= 0) || double.IsInfinity(tolerance))
        {
            throw new ArgumentOutOfRangeException(
                nameof(tolerance),
                tolerance,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Compare(expected, tolerance: {ComparisonText.Number(tolerance)}): the tolerance is the largest allowed |yours − expected| and must be a finite number of 0 or more, e.g. 1e-6."));
        }

        return ImageComparison.Create(this, expected, tolerance);
    }
}
