using System.Globalization;
using System.Text;
using Labs.Imaging;
using Labs.Testing.Feedback;
using NUnit.Framework;
using NUnit.Framework.Constraints;

namespace Labs.Testing.Constraints;

/// <summary>
/// Checks an image (or a 2-D array) pixel by pixel and, when it differs, explains how: how many pixels, the worst one,
/// the likely bug (a scale factor, a flipped kernel, a boundary-condition error…) and, for small images,
/// expected and actual side by side with the wrong pixels marked.
/// </summary>
/// <example>
/// <code>
/// Assert.That(Filtering.Correlate(impulse, kernel), Matches.Image(expected).Within(1e-9));
/// </code>
/// </example>
public sealed class ImageConstraint : LabConstraint<ImageConstraint>
{
    /// <summary>Images up to this many columns and rows are shown side by side in failure messages.</summary>
    public const int MaxSideBySide = 8;

    /// <summary>Set this environment variable to <c>1</c> to write a visual report for passing image checks too.</summary>
    public const string ReportPassingVariable = "LABS_REPORT_PASSING";

    private readonly Image _expected;
    private bool _reportWhenPassing;

    /// <summary>Creates the check; use <see cref="Matches.Image(Imaging.Image)"/>.</summary>
    /// <param name="expected">The right image.</param>
    public ImageConstraint(Image expected)
        : base(expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        _expected = expected;
    }

    /// <inheritdoc />
    public override string Description => $"an image equal to the expected {_expected.Shape} image within {NumberText.Format(AbsoluteTolerance)}";

    /// <summary>Also writes the visual report (expected, actual, difference) when the check passes, to look at a correct result.</summary>
    public ImageConstraint WithReport()
    {
        _reportWhenPassing = true;
        return this;
    }

    /// <inheritdoc />
    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        Image image;
        switch (actual)
        {
            case Image i:
                image = i;
                break;
            case double[,] array:
                image = Image.FromArray(array);
                break;
            default:
                return Finish(actual, success: false, $"Expected an image but got {Numbers.Describe(actual)}.");
        }

        var tolerance = AbsoluteTolerance + (RelativeTolerance * LargestMagnitude(_expected));
        var comparison = image.Compare(_expected, tolerance);
        if (comparison.IsMatch)
        {
            if (_reportWhenPassing || Environment.GetEnvironmentVariable(ReportPassingVariable) == "1")
            {
                _ = WriteReport(image, comparison);
            }

            return Finish(actual, success: true, string.Empty);
        }

        var text = Explain(image, comparison);
        return Finish(actual, success: false, text, trailer: WriteReport(image, comparison));
    }

    private string Explain(Image actual, ImageComparison comparison)
    {
        var text = new StringBuilder(comparison.Message.TrimEnd());
        if (comparison.ShapesMatch && comparison.Diagnoses.Count == 0)
        {
            var accuracy = ToleranceLadder.Classify(comparison.MaxAbsoluteError, comparison.Tolerance, LargestMagnitude(_expected));
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"Verdict: {ToleranceLadder.Describe(accuracy, comparison.MaxAbsoluteError, comparison.Tolerance)}.");
            if (accuracy == Accuracy.Almost)
            {
                text.AppendLine().Append(ToleranceLadder.AlmostHint);
            }
        }

        if (comparison.ShapesMatch && !actual.IsRgb
            && actual.Width <= MaxSideBySide && actual.Height <= MaxSideBySide)
        {
            text.AppendLine().AppendLine().Append(SideBySide(_expected, actual, comparison.Tolerance, comparison.Worst));
        }

        return text.ToString();
    }

    /// <summary>Writes the HTML page for this check and returns the line that points to it.</summary>
    private string WriteReport(Image actual, ImageComparison comparison)
    {
        var test = TestContext.CurrentContext?.Test?.Name ?? "image check";
        try
        {
            var path = VisualReport.WriteComparison(test, _expected, actual, comparison.Tolerance, studentId: null, comparison.IsMatch ? null : comparison.Message);
            return "Visual report: " + new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return $"(The visual report could not be written: {exception.Message})";
        }
    }

    /// <summary>
    /// Expected and actual as aligned tables next to each other; wrong pixels of the actual image are marked with <c>*</c>.
    /// Enough decimals are shown (up to 6) to see the worst pixel differ.
    /// </summary>
    internal static string SideBySide(Image expected, Image actual, double tolerance, PixelPosition? worst)
    {
        var integers = AllIntegers(expected) && AllIntegers(actual);
        var precision = 3;
        while (!integers && worst is { } w && precision < 6
            && PixelFormat.Format(w.Expected, precision, false) == PixelFormat.Format(w.Actual, precision, false))
        {
            precision++;
        }

        var rows = Enumerable.Range(0, expected.Height).ToArray();
        var columns = Enumerable.Range(0, expected.Width).ToArray();
        var left = PixelTable.Render("Expected", rows, columns, (x, y) => PixelFormat.Format(expected.GetPixel(x, y), precision, integers))
            .Split('\n');
        var right = PixelTable.Render("Yours (* = wrong)", rows, columns, (x, y) =>
        {
            double a = actual.GetPixel(x, y), e = expected.GetPixel(x, y);
            var wrong = !(a.Equals(e) || Math.Abs(a - e) <= tolerance);
            return (wrong ? "*" : string.Empty) + PixelFormat.Format(a, precision, integers);
        }).Split('\n');

        var width = left.Max(l => l.Length);
        var lines = left.Select((line, i) => (line.PadRight(width) + "    " + right[i]).TrimEnd());
        return string.Join(Environment.NewLine, lines);
    }

    private static bool AllIntegers(Image image) => image.Data.All(PixelFormat.NeedsNoDecimals);

    private static double LargestMagnitude(Image image)
    {
        var largest = 0.0;
        foreach (var v in image.Data)
        {
            if (double.IsFinite(v))
            {
                largest = Math.Max(largest, Math.Abs(v));
            }
        }

        return largest;
    }
}
