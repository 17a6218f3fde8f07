namespace Labs.Imaging;

/// <summary>
/// The result of comparing your image with the expected one (<see cref="Image.Compare(Image, double)"/>): whether they
/// match, how many pixels differ and by how much, and the common bugs that explain the difference.
/// </summary>
/// <remarks>
/// A value matches when |actual − expected| ≤ <see cref="Tolerance"/>, or both are NaN, or both are the same infinity.
/// RGB images are compared channel by channel: each channel value counts as one value.
/// </remarks>
/// <example>
/// <code>
/// ImageComparison result = mine.Compare(expected, tolerance: 1e-9);
/// if (!result.IsMatch)
/// {
///     Console.WriteLine(result.Message);
///     // 64 of 64 pixels (100.0 %) differ from the expected image by more than the tolerance 1e-9.
///     // Largest error: 510 at (x: 7, y: 3): expected 255, got 765.
///     // Likely cause: Every pixel is 3 times too large: did you forget to normalize by a factor of 3?
/// }
/// </code>
/// </example>
public sealed class ImageComparison
{
    /// <summary>The tolerance used when none is given: 10⁻⁶, which allows only rounding differences of double arithmetic.</summary>
    public const double DefaultTolerance = 1e-6;

    private ImageComparison(Image actual, Image expected, double tolerance)
    {
        ActualShape = actual.Shape;
        ExpectedShape = expected.Shape;
        Tolerance = tolerance;
        MaxAbsoluteError = double.NaN;
        var worst = 0;
        if (ShapesMatch)
        {
            PixelCount = actual.Data.Length;
            (MismatchCount, MaxAbsoluteError, worst) = CountMismatches(actual.Data, expected.Data, tolerance);
            Worst = MaxAbsoluteError > 0 ? PixelPosition.At(expected, actual, worst) : null;
        }

        Diagnoses = CommonBugs.Diagnose(actual, expected, tolerance, MismatchCount, MaxAbsoluteError, worst).AsReadOnly();
        Message = ComparisonMessage.Write(this);
    }

    /// <summary>True when the shapes are equal and every value matches within the tolerance.</summary>
    public bool IsMatch => ShapesMatch && MismatchCount == 0;

    /// <summary>True when both images have the same width, height and number of channels. When false, no pixel was compared.</summary>
    public bool ShapesMatch => ExpectedShape == ActualShape;

    /// <summary>The size of the expected image.</summary>
    public ImageShape ExpectedShape { get; }

    /// <summary>The size of your image.</summary>
    public ImageShape ActualShape { get; }

    /// <summary>The largest allowed |actual − expected| for a value to count as right.</summary>
    public double Tolerance { get; }

    /// <summary>How many values were compared: width × height × channels, or 0 when the shapes differ.</summary>
    public int PixelCount { get; }

    /// <summary>How many values differ by more than the tolerance (0 when the shapes differ: nothing was compared).</summary>
    public int MismatchCount { get; }

    /// <summary><see cref="MismatchCount"/> as a percentage of <see cref="PixelCount"/>, from 0 to 100 (0 when the shapes differ).</summary>
    public double MismatchPercentage => PixelCount == 0 ? 0 : 100.0 * MismatchCount / PixelCount;

    /// <summary>
    /// The largest |actual − expected| over all values: 0 when equal, +∞ where one of the two is NaN or infinite and the
    /// other is not; NaN when the shapes differ.
    /// </summary>
    public double MaxAbsoluteError { get; }

    /// <summary>Where the largest error is (the first such value in reading order), or null when there is no error or the shapes differ.</summary>
    public PixelPosition? Worst { get; }

    /// <summary>The common bugs that explain the difference; empty when the images match or nothing explains every pixel.</summary>
    public IReadOnlyList<Diagnosis> Diagnoses { get; }

    /// <summary>The full explanation for you: what differs, the largest error, and the likely causes, one per line.</summary>
    public string Message { get; }

    /// <summary>True when a diagnosis of this kind was made.</summary>
    /// <param name="kind">The bug to look for, e.g. <see cref="DiagnosisKind.ScaleFactor"/>.</param>
    public bool HasDiagnosis(DiagnosisKind kind)
    {
        foreach (var diagnosis in Diagnoses)
        {
            if (diagnosis.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <see cref="Message"/>.</summary>
    public override string ToString() => Message;

    /// <summary>Compares <paramref name="actual"/> (the student's image) with <paramref name="expected"/>.</summary>
    internal static ImageComparison Create(Image actual, Image expected, double tolerance) => new(actual, expected, tolerance);

    private static (int Count, double MaxError, int Worst) CountMismatches(double[] a, double[] e, double tolerance)
    {
        int count = 0, worst = 0;
        var maxError = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            var error = PixelMatch.Error(a[i], e[i]);
            if (error > tolerance)
            {
                count++;
            }

            if (error > maxError)
            {
                maxError = error;
                worst = i;
            }
        }

        return (count, maxError, worst);
    }
}
