using Labs.Imaging;

namespace Labs.Testing.Tests.Report;

public sealed class ReportPageTests
{
    private static readonly Image Expected = Image.FromRows([0, 10, 20, 30], [40, 50, 60, 70], [80, 90, 100, 110]);

    private static Image Actual()
    {
        var actual = Expected.Clone();
        actual[2, 1] = -3.25;
        actual[0, 2] = double.NaN;
        return actual;
    }

    private static string ComparisonHtml(string testName = "BlurTests.Box_blur", string? student = "s123456", string? message = "2 pixels differ.") =>
        VisualReport.ComparisonPage(testName, Expected, Actual(), 0.001, student, message, out _).ToHtml();

    [Test]
    public void Page_loads_nothing_from_outside()
    {
        var html = ComparisonHtml();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("http://"));
            Assert.That(html, Does.Not.Contain("https://"));
            Assert.That(html, Does.Not.Contain("src=\"//"));
            Assert.That(html, Does.Not.Contain(" src="), "no external scripts or images");
            Assert.That(html, Does.Not.Contain("<link"), "no external style sheets");
            Assert.That(html, Does.Not.Contain("url("), "no fonts or images fetched by CSS");
            Assert.That(html, Does.Contain("<script>\n(() => {"), "the script is inline");
        });
    }

    [Test]
    public void Titles_and_messages_are_HTML_escaped()
    {
        var html = ComparisonHtml(testName: "Edges<T> & \"quotes\"", message: "</pre><script>alert(1)</script>");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<title>Edges&lt;T&gt; &amp; &quot;quotes&quot;</title>"));
            Assert.That(html, Does.Not.Contain("Edges<T>"));
            Assert.That(html, Does.Contain("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(html, Does.Not.Contain("<script>alert"));
        });
    }

    [Test]
    public void Comparison_names_the_test_the_student_and_the_result()
    {
        var html = ComparisonHtml();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<span class=\"badge failed\">failed</span> BlurTests.Box_blur</h1>"));
            Assert.That(html, Does.Contain("<dt>Student</dt><dd>s123456</dd>"));
            // (2, 1) differs by 63.25 and (0, 2) is NaN where 80 was expected: 2 of the 12 pixels.
            Assert.That(html, Does.Contain("<dt>Result</dt><dd>fails: 2 of 12 pixels differ by more than 0.001</dd>"));
            Assert.That(html, Does.Contain("<pre class=\"message\">2 pixels differ.</pre>"));
            Assert.That(html, Does.Contain("<span class=\"title\">Expected</span>"));
            Assert.That(html, Does.Contain("<span class=\"title\">Actual</span>"));
            Assert.That(html, Does.Contain("<span class=\"title\">Difference (actual − expected)</span>"));
        });
    }

    [Test]
    public void Page_without_a_student_id_shows_no_student()
    {
        Assert.That(ComparisonHtml(student: null), Does.Not.Contain("<dt>Student</dt>"));
    }

    [Test]
    public void Statistics_of_a_known_image_are_shown()
    {
        // 1, 2, 3, 4: min 1, max 4, mean 2.5, population std sqrt(1.25) = 1.118034 → 6 significant digits 1.11803.
        var html = new ReportPage { Title = "t", Panels = [new ReportPanel("Ramp", Image.FromRows([1, 2], [3, 4]))] }.ToHtml();

        Assert.That(html, Does.Contain(
            "<td class=\"min\">1</td><td class=\"max\">4</td><td class=\"mean\">2.5</td><td class=\"std\">1.11803</td>"));
    }

    [Test]
    public void NaN_pixels_are_counted_under_the_statistics()
    {
        var html = ComparisonHtml();

        Assert.That(html, Does.Contain("<p class=\"counts\">1 NaN · 0 ±Infinity (left out of the statistics)</p>"));
    }

    [Test]
    public void Exact_pixel_values_are_embedded_including_NaN()
    {
        var actual = ReportPageReader.Pixels(ComparisonHtml(), 1);

        Assert.Multiple(() =>
        {
            Assert.That(actual, Has.Length.EqualTo(12));
            Assert.That(actual[(1 * 4) + 2], Is.EqualTo(-3.25), "pixel (2, 1)");
            Assert.That(actual[(2 * 4) + 0], Is.NaN, "pixel (0, 2)");
            Assert.That(actual[(2 * 4) + 3], Is.EqualTo(110), "pixel (3, 2)");
        });
    }

    [Test]
    public void Pixel_data_is_embedded_as_plain_base64()
    {
        // The lowest byte 0xF8 starts a base64 group: 0xF8 >> 2 = 62, which is '+'. A JSON escaper would write \u002B.
        var value = BitConverter.Int64BitsToDouble(0x3FF00000000000F8);
        var html = new ReportPage { Title = "t", Panels = [new ReportPanel("One", new Image(1, 1, value))] }.ToHtml();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("\"pixels\":\"+AAAAAAA8D8=\""));
            Assert.That(ReportPageReader.Pixels(html, 0), Is.EqualTo(new[] { value }));
        });
    }

    [Test]
    public void Difference_panel_holds_actual_minus_expected()
    {
        var difference = ReportPageReader.Pixels(ComparisonHtml(), 2);

        Assert.Multiple(() =>
        {
            Assert.That(difference[(1 * 4) + 2], Is.EqualTo(-3.25 - 60), "(2, 1): -3.25 − 60");
            Assert.That(difference[(2 * 4) + 0], Is.NaN, "(0, 2): NaN − 80");
            Assert.That(difference[0], Is.EqualTo(0), "(0, 0): 0 − 0");
        });
    }

    [Test]
    public void Red_overlay_joins_the_actual_image_with_the_difference()
    {
        var data = ReportPageReader.Data(ComparisonHtml());
        var overlay = data.GetProperty("overlays")[0];

        Assert.Multiple(() =>
        {
            Assert.That(overlay.GetProperty("target").GetInt32(), Is.EqualTo(1));
            Assert.That(overlay.GetProperty("difference").GetInt32(), Is.EqualTo(2));
            Assert.That(data.GetProperty("tolerance").GetDouble(), Is.EqualTo(0.001));
        });
    }

    [Test]
    public void Different_shapes_give_a_note_and_no_difference()
    {
        var html = VisualReport.ComparisonPage("t", Expected, new Image(3, 4), 0, null, null, out var failed).ToHtml();

        Assert.Multiple(() =>
        {
            Assert.That(failed, Is.True);
            Assert.That(html, Does.Contain("The shapes differ: expected is 4×3 but actual is 3×4, so there is no difference image."));
            Assert.That(ReportPageReader.Data(html).GetProperty("panels").GetArrayLength(), Is.EqualTo(2));
        });
    }

    [Test]
    public void Images_within_tolerance_pass()
    {
        var nearly = Expected.Clone();
        nearly[1, 1] += 0.0005;

        var page = VisualReport.ComparisonPage("t", Expected, nearly, 0.001, null, null, out var failed);

        Assert.Multiple(() =>
        {
            Assert.That(failed, Is.False);
            Assert.That(page.ToHtml(), Does.Contain("<dd>passes: every pixel within 0.001</dd>"));
        });
    }

    [Test]
    public void Histogram_counts_are_embedded_per_channel()
    {
        var html = new ReportPage { Title = "t", Panels = [new ReportPanel("Ramp", Image.FromRows([1, 2], [2, 4]))] }.ToHtml();
        var histogram = ReportPageReader.Data(html).GetProperty("panels")[0].GetProperty("histograms")[0];

        // Integers 1..4 get one bin each: one 1, two 2s, no 3, one 4.
        Assert.That(histogram.GetProperty("counts").EnumerateArray().Select(c => c.GetInt64()), Is.EqualTo(new long[] { 1, 2, 0, 1 }));
    }

    [Test]
    public void Page_without_histograms_has_no_histogram_canvas()
    {
        var html = new ReportPage { Title = "t", ShowHistogram = false, Panels = [new ReportPanel("A", Expected)] }.ToHtml();

        Assert.That(html, Does.Not.Contain("class=\"histogram\""));
    }

    [Test]
    public void Very_large_images_show_every_second_pixel_with_exact_values()
    {
        // 4097 × 1025 = 4 199 425 pixels > 2048² = 4 194 304, so one pixel in ceil(sqrt(1.001)) = 2 is shown: 2049 × 513.
        var large = new Image(4097, 1025);
        large[2, 2] = 7.5;
        large[1, 1] = 99; // not shown: odd coordinates are skipped

        var html = new ReportPage { Title = "t", ShowHistogram = false, Panels = [new ReportPanel("Large", large)] }.ToHtml();
        var panel = ReportPageReader.Data(html).GetProperty("panels")[0];
        var pixels = ReportPageReader.Pixels(html, 0);

        Assert.Multiple(() =>
        {
            Assert.That(panel.GetProperty("step").GetInt32(), Is.EqualTo(2));
            Assert.That(panel.GetProperty("width").GetInt32(), Is.EqualTo(2049));
            Assert.That(panel.GetProperty("height").GetInt32(), Is.EqualTo(513));
            Assert.That(pixels[(1 * 2049) + 1], Is.EqualTo(7.5), "shown pixel (1, 1) is image pixel (2, 2)");
            Assert.That(pixels, Has.None.EqualTo(99.0));
            Assert.That(html, Does.Contain("Large image: 1 pixel in 2 along each axis is shown"));
            Assert.That(html, Does.Contain("<td class=\"max\">99</td>"), "statistics use every pixel");
        });
    }
}
