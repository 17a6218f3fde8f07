using System.Globalization;
using Labs.Imaging;

namespace Labs.Testing;

/// <summary>
/// Writes the visual report of an image check: a self-contained HTML page with the expected, actual and difference
/// images side by side, their histograms and statistics, synchronized zoom and pan, the exact value under the cursor,
/// brightness/contrast sliders and a red-overlay mode marking the pixels that differ by more than the tolerance.
/// </summary>
/// <remarks>
/// <para>Pages are written to <c>TestResults/labs-report/</c> under the test's work directory (or under the folder named by
/// the <c>LABS_REPORT_DIR</c> environment variable), attached to the running test, and listed in
/// <c>TestResults/labs-report.html</c> (see <see cref="ReportIndex"/>).</para>
/// <para>Images up to 2048×2048 pixels are embedded with their exact double values; larger ones show one pixel in k along
/// each axis, while statistics and histograms still use every pixel.</para>
/// </remarks>
public static class VisualReport
{
    /// <summary>
    /// Writes the comparison page of one image check and returns the page's full path.
    /// </summary>
    /// <param name="testName">Name of the check, used as the page title and file name, e.g. <c>BlurTests.Box_blur_of_a_ramp</c>.</param>
    /// <param name="expected">The image the check wanted.</param>
    /// <param name="actual">The image the student's code produced.</param>
    /// <param name="tolerance">Largest allowed |actual − expected|; larger differences count as wrong and are painted red in the overlay mode.</param>
    /// <param name="studentId">The student id shown in the title, or null to use <see cref="StudentIdentity.Find"/>.</param>
    /// <param name="message">The failure message shown above the images, or null for none.</param>
    /// <returns>The full path of the written page.</returns>
    /// <example>
    /// <code>
    /// var page = VisualReport.WriteComparison("Blur.Box_blur_of_a_ramp", expected, actual, 1e-9, null, "3 pixels differ.");
    /// </code>
    /// </example>
    public static string WriteComparison(string testName, Image expected, Image actual, double tolerance, string? studentId, string? message)
    {
        ArgumentNullException.ThrowIfNull(testName);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (!(tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(tolerance),
                string.Create(CultureInfo.InvariantCulture, $"VisualReport.WriteComparison(tolerance: {tolerance}) needs a tolerance of 0 or more, e.g. 1e-9."));
        }

        studentId ??= StudentIdentity.Find();
        var page = ComparisonPage(testName, expected, actual, tolerance, studentId, message, out var failed);
        return ReportPublisher.Publish(page, ReportFiles.ReportFolder, testName, failed ? "failed" : "passed", studentId, "Visual report");
    }

    /// <summary>Builds the comparison page without writing it; <paramref name="failed"/> tells whether the images differ beyond the tolerance.</summary>
    internal static ReportPage ComparisonPage(
        string testName, Image expected, Image actual, double tolerance, string? studentId, string? message, out bool failed)
    {
        var details = new List<KeyValuePair<string, string>>();
        if (studentId is not null)
        {
            details.Add(new("Student", studentId));
        }

        var panels = new List<ReportPanel> { new("Expected", expected), new("Actual", actual) };
        var overlays = new List<ReportOverlay>();
        var notes = new List<string>();
        string result;
        if (expected.Shape == actual.Shape)
        {
            var difference = SignedDifference.Of(expected, actual);
            panels.Add(new ReportPanel("Difference (actual − expected)", difference, PanelRole.Difference));
            overlays.Add(new ReportOverlay(Target: 1, Difference: 2));
            var wrong = SignedDifference.CountDifferentPixels(difference, tolerance);
            failed = wrong > 0;
            result = failed
                ? string.Create(CultureInfo.InvariantCulture, $"fails: {wrong} of {actual.PixelCount} pixels differ by more than {ReportPage.FormatExact(tolerance)}")
                : string.Create(CultureInfo.InvariantCulture, $"passes: every pixel within {ReportPage.FormatExact(tolerance)}");
        }
        else
        {
            failed = true;
            result = "fails: the shapes differ";
            notes.Add($"The shapes differ: expected is {expected.Shape} but actual is {actual.Shape}, so there is no difference image.");
        }

        details.Add(new("Result", result));
        details.Add(new("Tolerance", ReportPage.FormatExact(tolerance)));
        details.Add(new("Written", DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));
        return new ReportPage
        {
            Title = testName,
            Details = details,
            Message = message,
            Notes = notes,
            Panels = panels,
            Overlays = overlays,
            Tolerance = tolerance,
            Passed = !failed,
        };
    }
}
