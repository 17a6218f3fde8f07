using System.Globalization;
using Labs.Imaging;

namespace Labs.Testing;

/// <summary>
/// Shows images in one line, from any test or program: writes a self-contained HTML page with the images side by side,
/// their histograms and statistics, synchronized zoom and pan, the exact pixel value under the cursor and
/// brightness/contrast sliders, then prints a clickable <c>file:///</c> path to open in a browser.
/// </summary>
/// <remarks>
/// Pages go to <c>TestResults/labs-viewer/</c> under the test's work directory (in a program: under the current directory),
/// or under the folder named by the <c>LABS_REPORT_DIR</c> environment variable. Inside a test the page is also attached
/// to the test result and listed in <c>TestResults/labs-report.html</c>. Nothing is downloaded: the page works offline.
/// </remarks>
/// <example>
/// <code>
/// Viewer.Show(image);                                                // one image with its histogram
/// Viewer.Show(new[] { noisy, denoised }, compare: true);             // side by side, difference and red overlay
/// Viewer.Show(new[] { red, green }, new[] { "Red", "Green" });       // with titles
/// </code>
/// </example>
public static class Viewer
{
    /// <summary>Writes a page showing one image and returns its full path.</summary>
    /// <param name="image">The image to show (grayscale or RGB; any values, including negative and NaN).</param>
    /// <param name="title">Caption above the image, or null for "Image".</param>
    /// <param name="histogram">Whether to draw the histogram of the values under the image.</param>
    /// <returns>The full path of the written page.</returns>
    /// <example><code>Viewer.Show(gradient, "Gradient magnitude");</code></example>
    public static string Show(Image image, string? title = null, bool histogram = true)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Show([image], title is null ? null : [title], compare: false, histogram);
    }

    /// <summary>Writes a page showing several images side by side and returns its full path.</summary>
    /// <param name="images">The images, left to right.</param>
    /// <param name="titles">One caption per image, or null for "Image 1", "Image 2", ….</param>
    /// <param name="compare">
    /// When true, the first image is the reference: for every other image of the same shape the page adds the difference
    /// (image − reference) and a red-overlay mode that marks the pixels that differ.
    /// </param>
    /// <param name="histogram">Whether to draw a histogram under each image.</param>
    /// <returns>The full path of the written page.</returns>
    /// <example><code>Viewer.Show(new[] { noisy, denoised }, new[] { "Noisy", "Denoised" }, compare: true);</code></example>
    public static string Show(IEnumerable<Image> images, IEnumerable<string>? titles = null, bool compare = false, bool histogram = true)
    {
        var page = Page(images, titles, compare, histogram);
        var name = ReportContext.TestShortName is { } test ? $"{test}-{page.Title}" : page.Title;
        return ReportPublisher.Publish(page, ReportFiles.ViewerFolder, name, "viewer", page.Details.FirstOrDefault(d => d.Key == "Student").Value, "Image viewer");
    }

    /// <summary>Builds the viewer page without writing it.</summary>
    internal static ReportPage Page(IEnumerable<Image> images, IEnumerable<string>? titles, bool compare, bool histogram)
    {
        ArgumentNullException.ThrowIfNull(images);
        var list = images.ToList();
        var names = titles?.ToList() ?? [];
        if (list.Count == 0)
        {
            throw new ArgumentException("Viewer.Show needs at least one image, but the list is empty.", nameof(images));
        }

        if (list.Contains(null!))
        {
            throw new ArgumentException($"Viewer.Show got null as image {list.IndexOf(null!) + 1}: pass only images that exist.", nameof(images));
        }

        if (names.Count > list.Count)
        {
            throw new ArgumentException(
                $"Viewer.Show got {names.Count} titles for {list.Count} images: give one title per image, or none.", nameof(titles));
        }

        if (compare && list.Count < 2)
        {
            throw new ArgumentException(
                "Viewer.Show(compare: true) needs at least two images: the first is the reference and the others are compared with it.",
                nameof(images));
        }

        for (var i = names.Count; i < list.Count; i++)
        {
            names.Add(list.Count == 1 ? "Image" : $"Image {i + 1}");
        }

        var panels = list.Select((image, i) => new ReportPanel(names[i], image)).ToList();
        var overlays = new List<ReportOverlay>();
        var notes = new List<string>();
        for (var i = 1; compare && i < list.Count; i++)
        {
            if (list[i].Shape != list[0].Shape)
            {
                notes.Add($"{names[i]} ({list[i].Shape}) and {names[0]} ({list[0].Shape}) have different shapes, so there is no difference image for them.");
                continue;
            }

            panels.Add(new ReportPanel($"{names[i]} − {names[0]}", SignedDifference.Of(list[0], list[i]), PanelRole.Difference));
            overlays.Add(new ReportOverlay(Target: i, Difference: panels.Count - 1));
        }

        var details = new List<KeyValuePair<string, string>>();
        if (ReportContext.TestFullName is { } test)
        {
            details.Add(new("Test", test));
        }

        if (StudentIdentity.Find() is { } student)
        {
            details.Add(new("Student", student));
        }

        details.Add(new("Written", DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));
        return new ReportPage
        {
            Title = string.Join(compare ? " vs " : " · ", names),
            Details = details,
            Notes = notes,
            Panels = panels,
            Overlays = overlays,
            Tolerance = 0,
            ShowHistogram = histogram,
        };
    }
}
