using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Labs.Imaging;

namespace Labs.Testing;

/// <summary>
/// One self-contained HTML page of images: panels side by side with exact pixel values, histograms, statistics,
/// synchronized zoom and pan, brightness/contrast sliders and an optional red-overlay compare mode.
/// The page needs no network: pixels, script and style are all inside the one file.
/// </summary>
internal sealed class ReportPage
{
    /// <summary>
    /// Largest number of pixels of one image embedded as they are (2048×2048). Larger images are shown with every
    /// k-th pixel in each direction; the readout still shows exact values and coordinates of the pixels shown,
    /// and the statistics and histograms are always computed from the full image.
    /// </summary>
    public const int MaxDisplayPixels = 2048 * 2048;

    /// <summary>Main heading and window title, e.g. the test name.</summary>
    public required string Title { get; init; }

    /// <summary>Labelled facts shown under the heading, e.g. ("Student", "s123456").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Details { get; init; } = [];

    /// <summary>The failure message, shown as preformatted text, or null.</summary>
    public string? Message { get; init; }

    /// <summary>Short remarks shown above the images, e.g. that the shapes differ.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The images, left to right.</summary>
    public required IReadOnlyList<ReportPanel> Panels { get; init; }

    /// <summary>Panel pairs for the red-overlay mode; empty when there is nothing to compare.</summary>
    public IReadOnlyList<ReportOverlay> Overlays { get; init; } = [];

    /// <summary>Initial tolerance of the red-overlay mode: differences larger than this are painted red.</summary>
    public double Tolerance { get; init; }

    /// <summary>True or false to show a "passed" or "failed" badge beside the title; null for no badge (viewer pages).</summary>
    public bool? Passed { get; init; }

    /// <summary>Whether each panel shows a histogram of its values.</summary>
    public bool ShowHistogram { get; init; } = true;

    /// <summary>Width in CSS pixels of each image viewport: wider when there are fewer panels.</summary>
    private int ViewportWidth => Panels.Count switch { 1 => 560, 2 => 460, _ => 372 };

    /// <summary>Formats a number for the page: 6 significant digits, invariant culture, "NaN" as a dash.</summary>
    public static string FormatNumber(double value) =>
        double.IsNaN(value) ? "—" : value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Formats a number with all its digits (round-trip), e.g. <c>0.001</c> or <c>1e-06</c>.</summary>
    public static string FormatExact(double value) =>
        value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);

    /// <summary>Returns the whole page as HTML text.</summary>
    public string ToHtml()
    {
        if (Panels.Count == 0)
        {
            throw new InvalidOperationException("A report page needs at least one image.");
        }

        var histograms = Panels.Select(p => ShowHistogram ? PixelHistogram.PerChannel(p.Image.Data, p.Image.Channels) : null).ToArray();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Labs.Testing visual report\">\n")
            .Append("<title>").Append(Escape(Title)).Append("</title>\n<style>").Append(ReportStyle.Css).Append("</style>\n</head>\n<body>\n");
        AppendHeader(html);
        AppendToolbar(html);
        AppendPanels(html, histograms);
        html.Append("<footer>Wheel: zoom · drag: pan · double-click: fit. The readout shows the exact value of the pixel under the cursor in every panel. ")
            .Append("<span class=\"nan-swatch\"></span> NaN pixels are magenta.");
        if (Panels.Any(p => p.Role == PanelRole.Difference))
        {
            html.Append(" Differences: <span class=\"ramp-swatch\"></span> blue below zero, white at zero, red above.");
        }

        html.Append("</footer>\n");
        html.Append("<script type=\"application/json\" id=\"labs-data\">").Append(DataJson(histograms)).Append("</script>\n");
        html.Append("<script>").Append(ReportScript.JavaScript).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Escapes the five characters that matter in HTML text and attributes; other characters (×, −, é) stay readable.</summary>
    internal static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    private static int DisplayStep(Image image) =>
        image.PixelCount <= MaxDisplayPixels ? 1 : (int)Math.Ceiling(Math.Sqrt((double)image.PixelCount / MaxDisplayPixels));

    private static byte[] DisplayBytes(Image image, int step)
    {
        int w = (image.Width + step - 1) / step, h = (image.Height + step - 1) / step;
        var bytes = new byte[(long)w * h * image.Channels * sizeof(double)];
        var offset = 0;
        for (var c = 0; c < image.Channels; c++)
        {
            for (var y = 0; y < h; y++)
            {
                for (var x = 0; x < w; x++)
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(offset), image.Data[image.Index(x * step, y * step, c)]);
                    offset += sizeof(double);
                }
            }
        }

        return bytes;
    }

    private void AppendHeader(StringBuilder html)
    {
        html.Append("<header>\n<h1>");
        if (Passed is { } passed)
        {
            html.Append(passed ? "<span class=\"badge passed\">passed</span> " : "<span class=\"badge failed\">failed</span> ");
        }

        html.Append(Escape(Title)).Append("</h1>\n");
        if (Details.Count > 0)
        {
            html.Append("<dl class=\"details\">");
            foreach (var (label, value) in Details)
            {
                html.Append("<div><dt>").Append(Escape(label)).Append("</dt><dd>").Append(Escape(value)).Append("</dd></div>");
            }

            html.Append("</dl>\n");
        }

        html.Append("</header>\n");
        if (!string.IsNullOrEmpty(Message))
        {
            html.Append("<pre class=\"message\">").Append(Escape(Message)).Append("</pre>\n");
        }

        foreach (var note in Notes)
        {
            html.Append("<p class=\"note\">").Append(Escape(note)).Append("</p>\n");
        }
    }

    private void AppendToolbar(StringBuilder html)
    {
        html.Append("<div class=\"toolbar\">\n")
            .Append("<label>Brightness <input type=\"range\" id=\"brightness\" min=\"-1\" max=\"1\" step=\"0.01\" value=\"0\"><output id=\"brightness-value\">0</output></label>\n")
            .Append("<label>Contrast <input type=\"range\" id=\"contrast\" min=\"-4\" max=\"4\" step=\"0.05\" value=\"0\"><output id=\"contrast-value\">1×</output></label>\n");
        if (Panels.Count(p => p.Role == PanelRole.Image) > 1)
        {
            html.Append("<label><input type=\"checkbox\" id=\"shared-range\" title=\"Map the same value range to black..white in every image\"> Same range</label>\n");
        }

        html.Append("<button type=\"button\" id=\"reset\">Reset</button>\n");
        if (Overlays.Count > 0)
        {
            html.Append("<label>Mode <select id=\"mode\"><option value=\"side\">Side by side</option><option value=\"overlay\">Red overlay</option></select></label>\n")
                .Append("<label>Tolerance <input type=\"number\" id=\"tolerance\" min=\"0\" step=\"any\" value=\"")
                .Append(FormatExact(Tolerance)).Append("\"></label>\n")
                .Append("<output id=\"mismatch\"></output>\n");
        }

        html.Append("<span class=\"zoom\" title=\"Screen pixels per image pixel\"><button type=\"button\" id=\"fit\">Fit</button> <output id=\"zoom-value\"></output></span>\n</div>\n");
    }

    private void AppendPanels(StringBuilder html, PixelHistogram[]?[] histograms)
    {
        int maxWidth = Panels.Max(p => p.Image.Width), maxHeight = Panels.Max(p => p.Image.Height);
        var viewportHeight = Math.Clamp((int)Math.Round(ViewportWidth * (double)maxHeight / maxWidth), 160, 520);
        html.Append("<main class=\"panels\" style=\"--viewport-width: ").Append(ViewportWidth)
            .Append("px; --viewport-height: ").Append(viewportHeight).Append("px\">\n");
        for (var i = 0; i < Panels.Count; i++)
        {
            AppendPanel(html, i, Panels[i], histograms[i]);
        }

        html.Append("</main>\n");
    }

    private void AppendPanel(StringBuilder html, int index, ReportPanel panel, PixelHistogram[]? histograms)
    {
        var image = panel.Image;
        var step = DisplayStep(image);
        int w = (image.Width + step - 1) / step, h = (image.Height + step - 1) / step;
        var role = panel.Role == PanelRole.Difference ? "difference" : "image";
        html.Append("<section class=\"panel ").Append(role).Append("\" data-panel=\"").Append(index).Append("\">\n")
            .Append("<h2><span class=\"title\">").Append(Escape(panel.Title)).Append("</span> <span class=\"shape\">")
            .Append(Escape(image.Shape.ToString())).Append("</span></h2>\n")
            .Append("<div class=\"viewport\"><canvas class=\"image\" width=\"").Append(w).Append("\" height=\"").Append(h)
            .Append("\"></canvas><div class=\"marker\"></div></div>\n")
            .Append("<div class=\"readout\"><span class=\"hint\">Point at a pixel to read its exact value</span></div>\n");
        if (step > 1)
        {
            html.Append("<p class=\"note\">Large image: 1 pixel in ").Append(step)
                .Append(" along each axis is shown (the readout gives its exact value); statistics use all pixels.</p>\n");
        }

        if (panel.Role == PanelRole.Difference)
        {
            var all = PixelStatistics.Of(image.Data);
            var extent = all.HasFiniteValues ? Math.Max(Math.Abs(all.Min), Math.Abs(all.Max)) : 0;
            html.Append("<div class=\"legend\"><span class=\"legend-low\">").Append(FormatNumber(-extent))
                .Append("</span><span class=\"ramp\"></span><span class=\"legend-high\">").Append(FormatNumber(extent)).Append("</span></div>\n");
        }

        if (histograms is not null)
        {
            var histogram = histograms[0];
            html.Append("<canvas class=\"histogram\" width=\"").Append(ViewportWidth).Append("\" height=\"72\"></canvas>\n")
                .Append("<div class=\"axis\"><span>").Append(FormatNumber(histogram.Lower)).Append("</span><span>")
                .Append(FormatNumber(histogram.Upper)).Append("</span></div>\n");
        }

        AppendStatistics(html, image);
        html.Append("</section>\n");
    }

    private static void AppendStatistics(StringBuilder html, Image image)
    {
        string[] names = image.IsRgb ? ["R", "G", "B"] : [string.Empty];
        html.Append("<table class=\"stats\"><thead><tr>").Append(image.IsRgb ? "<th></th>" : string.Empty)
            .Append("<th>min</th><th>max</th><th>mean</th><th>std</th></tr></thead><tbody>");
        long nan = 0, infinite = 0;
        for (var c = 0; c < image.Channels; c++)
        {
            var s = PixelStatistics.Of(image.Data.AsSpan(c * image.PixelCount, image.PixelCount));
            nan += s.NaNCount;
            infinite += s.InfinityCount;
            html.Append("<tr>").Append(image.IsRgb ? $"<th>{names[c]}</th>" : string.Empty)
                .Append("<td class=\"min\">").Append(FormatNumber(s.Min)).Append("</td>")
                .Append("<td class=\"max\">").Append(FormatNumber(s.Max)).Append("</td>")
                .Append("<td class=\"mean\">").Append(FormatNumber(s.Mean)).Append("</td>")
                .Append("<td class=\"std\">").Append(FormatNumber(s.StandardDeviation)).Append("</td></tr>");
        }

        html.Append("</tbody></table>\n");
        if (nan > 0 || infinite > 0)
        {
            html.Append("<p class=\"counts\">").Append(nan).Append(" NaN · ").Append(infinite).Append(" ±Infinity (left out of the statistics)</p>\n");
        }
    }

    private string DataJson(PixelHistogram[]?[] histograms)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("tolerance", double.IsFinite(Tolerance) && Tolerance >= 0 ? Tolerance : 0);
            json.WriteBoolean("histogram", ShowHistogram);
            json.WriteStartArray("panels");
            for (var i = 0; i < Panels.Count; i++)
            {
                WritePanel(json, Panels[i], histograms[i]);
            }

            json.WriteEndArray();
            json.WriteStartArray("overlays");
            foreach (var overlay in Overlays)
            {
                json.WriteStartObject();
                json.WriteNumber("target", overlay.Target);
                json.WriteNumber("difference", overlay.Difference);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WritePanel(Utf8JsonWriter json, ReportPanel panel, PixelHistogram[]? histograms)
    {
        var image = panel.Image;
        var step = DisplayStep(image);
        var all = PixelStatistics.Of(image.Data);
        json.WriteStartObject();
        json.WriteString("role", panel.Role == PanelRole.Difference ? "difference" : "image");
        json.WriteNumber("originalWidth", image.Width);
        json.WriteNumber("originalHeight", image.Height);
        json.WriteNumber("width", (image.Width + step - 1) / step);
        json.WriteNumber("height", (image.Height + step - 1) / step);
        json.WriteNumber("channels", image.Channels);
        json.WriteNumber("step", step);
        json.WriteNumber("lo", all.HasFiniteValues ? all.Min : 0);
        json.WriteNumber("hi", all.HasFiniteValues ? all.Max : 1);
        json.WriteNumber("abs", all.HasFiniteValues ? Math.Max(Math.Abs(all.Min), Math.Abs(all.Max)) : 0);
        if (histograms is not null)
        {
            json.WriteStartArray("histograms");
            foreach (var histogram in histograms)
            {
                json.WriteStartObject();
                json.WriteNumber("lower", histogram.Lower);
                json.WriteNumber("upper", histogram.Upper);
                json.WriteStartArray("counts");
                foreach (var count in histogram.Counts)
                {
                    json.WriteNumberValue(count);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteBase64String("pixels", DisplayBytes(image, step));
        json.WriteEndObject();
    }
}
