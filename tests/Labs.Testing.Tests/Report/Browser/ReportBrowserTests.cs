using System.Text;
using System.Text.Json;
using Labs.Imaging;

namespace Labs.Testing.Tests.Report.Browser;

/// <summary>
/// Loads real report pages in headless Chromium and checks what a student sees: the images are drawn, the histograms
/// too, and the readout under the cursor shows the exact pixel value.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ReportBrowserTests
{
    private const int WindowWidth = 1360;
    private const int WindowHeight = 900;

    // Expected 4×3 ramp 0, 10, …, 110; actual has -3.25 at (2, 1) instead of 60 and NaN at (0, 2) instead of 80.
    private static readonly Image Expected = Image.FromRows([0, 10, 20, 30], [40, 50, 60, 70], [80, 90, 100, 110]);

    private ChromeSession? _browser;
    private string _folder = string.Empty;
    private string _comparison = string.Empty;

    private ChromeSession Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    [OneTimeSetUp]
    public void StartBrowser()
    {
        var chromium = ChromeSession.FindOnPath("chromium", "chromium-browser", "google-chrome");
        var driver = ChromeSession.FindOnPath("chromedriver");
        if (chromium is null || driver is null)
        {
            var missing = chromium is null ? "chromium" : "chromedriver";
            if (LabsTesting.IsContinuousIntegration)
            {
                Assert.Fail($"{missing} is not on PATH. {ChromeSession.InstallHint}; .ci/packages.txt should list them.");
            }

            Assert.Ignore(ChromeSession.InstallHint);
        }

        _folder = Directory.CreateTempSubdirectory("labs-report-browser-").FullName;
        _comparison = Write("comparison.html", VisualReport.ComparisonPage("BlurTests.Box_blur", Expected, Actual(), 0.001, "s123456", "2 pixels differ.", out _));
        _browser = ChromeSession.Start(chromium!, driver!, WindowWidth, WindowHeight);
    }

    [OneTimeTearDown]
    public void StopBrowser()
    {
        _browser?.Dispose();
        if (_folder.Length > 0)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void Images_are_drawn_with_the_value_range_mapped_to_gray()
    {
        Browser.Open(_comparison);

        // Expected spans 0..110: 0 → black, 110 → white, 10 → round(10 / 110 × 255) = round(23.18) = 23.
        Assert.Multiple(() =>
        {
            Assert.That(CanvasPixel(0, 0, 0), Is.EqualTo(new[] { 0, 0, 0, 255 }));
            Assert.That(CanvasPixel(0, 3, 2), Is.EqualTo(new[] { 255, 255, 255, 255 }));
            Assert.That(CanvasPixel(0, 1, 0), Is.EqualTo(new[] { 23, 23, 23, 255 }));
            Assert.That(CanvasPixel(1, 0, 2), Is.EqualTo(new[] { 255, 0, 255, 255 }), "NaN is magenta");
            // Difference -63.25 is the largest |difference|: full blue; 0 is white.
            Assert.That(CanvasPixel(2, 2, 1), Is.EqualTo(new[] { 0, 0, 255, 255 }));
            Assert.That(CanvasPixel(2, 0, 0), Is.EqualTo(new[] { 255, 255, 255, 255 }));
        });
    }

    [Test]
    public void Histograms_are_drawn()
    {
        Browser.Open(_comparison);

        // The gray-image bars are #3d5a80 = (61, 90, 128); 12 distinct values → 12 bars.
        var columns = Browser.Execute("""
            const canvas = document.querySelectorAll('canvas.histogram')[0];
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            const columns = new Set();
            for (let i = 0; i < pixels.length; i += 4) {
              if (pixels[i] === 61 && pixels[i + 1] === 90 && pixels[i + 2] === 128) columns.add((i / 4) % canvas.width);
            }
            return columns.size;
            """).GetInt32();

        Assert.That(columns, Is.GreaterThanOrEqualTo(12));
    }

    [Test]
    public void Readout_shows_the_exact_value_under_the_cursor_in_every_panel()
    {
        Browser.Open(_comparison);

        var readouts = MoveTo(panel: 1, x: 2, y: 1);

        Assert.That(readouts, Is.EqualTo(new[] { "(2, 1) = 60", "(2, 1) = -3.25", "(2, 1) = -63.25" }));
    }

    [Test]
    public void Readout_shows_NaN()
    {
        Browser.Open(_comparison);

        Assert.That(MoveTo(panel: 0, x: 0, y: 2), Is.EqualTo(new[] { "(0, 2) = 80", "(0, 2) = NaN", "(0, 2) = NaN" }));
    }

    [Test]
    public void Zoom_keeps_the_pixel_under_the_cursor_and_is_the_same_in_every_panel()
    {
        Browser.Open(_comparison);

        var result = Browser.Execute("""
            const report = window.labsReport;
            const before = report.view.scale;
            const point = report.clientPointOf(0, 2, 1);
            report.panels[0].viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, clientX: point.clientX, clientY: point.clientY, bubbles: true, cancelable: true }));
            report.panels[0].viewport.dispatchEvent(new MouseEvent('mousemove', { clientX: point.clientX, clientY: point.clientY, bubbles: true }));
            return {
              zoomed: report.view.scale / before,
              transforms: [...new Set(report.panels.map((p) => p.canvas.style.transform))].length,
              readout: report.panels[2].readout.textContent,
            };
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("zoomed").GetDouble(), Is.GreaterThan(2), "exp(0.8) ≈ 2.2 times closer");
            Assert.That(result.GetProperty("transforms").GetInt32(), Is.EqualTo(1));
            Assert.That(result.GetProperty("readout").GetString(), Is.EqualTo("(2, 1) = -63.25"));
        });
    }

    [Test]
    public void Dragging_pans_every_panel_together()
    {
        Browser.Open(_comparison);

        var result = Browser.Execute("""
            const report = window.labsReport;
            const before = report.view.tx;
            const viewport = report.panels[1].viewport;
            viewport.dispatchEvent(new MouseEvent('mousedown', { clientX: 100, clientY: 100, button: 0, bubbles: true }));
            window.dispatchEvent(new MouseEvent('mousemove', { clientX: 130, clientY: 100 }));
            window.dispatchEvent(new MouseEvent('mouseup', { clientX: 130, clientY: 100 }));
            return { moved: report.view.tx - before, transforms: [...new Set(report.panels.map((p) => p.canvas.style.transform))].length };
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("moved").GetDouble(), Is.EqualTo(30));
            Assert.That(result.GetProperty("transforms").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Brightness_slider_moves_the_gray_levels()
    {
        Browser.Open(_comparison);

        Browser.Execute("const s = document.getElementById('brightness'); s.value = '0.5'; s.dispatchEvent(new Event('input'));");

        // Window 0..110 moved down by half its width: -55..55, so 10 → (10 + 55) / 110 × 255 = 150.68 → 151.
        Assert.That(CanvasPixel(0, 1, 0), Is.EqualTo(new[] { 151, 151, 151, 255 }));
    }

    [Test]
    public void Red_overlay_marks_the_pixels_beyond_the_tolerance()
    {
        Browser.Open(_comparison);

        Browser.Execute("const m = document.getElementById('mode'); m.value = 'overlay'; m.dispatchEvent(new Event('change'));");

        Assert.Multiple(() =>
        {
            Assert.That(CanvasPixel(1, 2, 1), Is.EqualTo(new[] { 235, 20, 20, 255 }), "(2, 1) differs by 63.25");
            Assert.That(CanvasPixel(1, 0, 2), Is.EqualTo(new[] { 235, 20, 20, 255 }), "(0, 2) is NaN");
            // (0, 0) matches and stays gray: actual spans -3.25..110, so 0 → 3.25 / 113.25 × 255 = 7.3 → 7.
            Assert.That(CanvasPixel(1, 0, 0), Is.EqualTo(new[] { 7, 7, 7, 255 }));
            Assert.That(Browser.Execute("return document.getElementById('mismatch').textContent;").GetString(),
                Is.EqualTo("2 of 12 pixels differ"));
        });
    }

    [Test]
    public void RGB_readout_shows_the_three_channels()
    {
        var image = Image.CreateRgb(3, 2, new Rgb(10, 20, 30));
        image.SetRgb(1, 0, new Rgb(255, 128.5, -1));
        Browser.Open(Write("rgb.html", Viewer.Page([image], ["Colour"], compare: false, histogram: true)));

        Assert.That(MoveTo(panel: 0, x: 1, y: 0), Is.EqualTo(new[] { "(1, 0) = (255, 128.5, -1)" }));
    }

    [Test]
    public void Screenshot_of_a_comparison_report()
    {
        var (expected, actual) = ScreenshotImages();
        var page = VisualReport.ComparisonPage(
            "BlurTests.Gaussian_blur_keeps_the_border(sigma: 2)", expected, actual, 1e-6, "s123456",
            "Gaussian blur: 96 of 1536 pixels differ by more than 1e-06, all in the bottom 2 rows.\n"
            + "Likely cause: the bottom edge is not extended with BoundaryCondition.Mirror.",
            out _);
        Browser.Open(Write("screenshot.html", page));
        var height = Browser.Execute("return document.documentElement.scrollHeight;").GetInt32();
        Browser.Resize(WindowWidth, height + 140);
        Browser.Open(Write("screenshot.html", page));
        MoveTo(panel: 1, x: 18, y: 31);

        var png = Browser.Screenshot();

        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "TestResults", "report-screenshot.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, png);
        TestContext.AddTestAttachment(path, "Screenshot of a comparison report");
        Browser.Resize(WindowWidth, WindowHeight);
        Assert.Multiple(() =>
        {
            Assert.That(png.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "PNG signature");
            Assert.That(png, Has.Length.GreaterThan(20_000), "a page with images, not a blank window");
        });
    }

    private static Image Actual()
    {
        var actual = Expected.Clone();
        actual[2, 1] = -3.25;
        actual[0, 2] = double.NaN;
        return actual;
    }

    // A 48×32 blurred blob; the "student's" result treats the bottom border with zeros instead of mirroring.
    private static (Image Expected, Image Actual) ScreenshotImages()
    {
        const int Width = 48, Height = 32;
        var expected = new Image(Width, Height);
        var actual = new Image(Width, Height);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var blob = 180 * Math.Exp(-((x - 18.0) * (x - 18.0) + (y - 22.0) * (y - 22.0)) / 60);
                var ramp = 40 + (1.2 * x);
                var value = blob + ramp;
                expected[x, y] = value;
                actual[x, y] = y >= Height - 2 ? value * (y == Height - 1 ? 0.55 : 0.8) : value;
            }
        }

        return (expected, actual);
    }

    private string Write(string name, ReportPage page)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, page.ToHtml(), new UTF8Encoding(false));
        return path;
    }

    private int[] CanvasPixel(int panel, int x, int y) =>
        Browser.Execute(
            "const c = document.querySelectorAll('canvas.image')[arguments[0]]; return Array.from(c.getContext('2d').getImageData(arguments[1], arguments[2], 1, 1).data);",
            panel, x, y).EnumerateArray().Select(v => v.GetInt32()).ToArray();

    private string[] MoveTo(int panel, int x, int y) =>
        Browser.Execute("""
            const report = window.labsReport;
            const point = report.clientPointOf(arguments[0], arguments[1], arguments[2]);
            report.panels[arguments[0]].viewport.dispatchEvent(new MouseEvent('mousemove', { clientX: point.clientX, clientY: point.clientY, bubbles: true }));
            return report.panels.map((p) => p.readout.textContent);
            """, panel, x, y).EnumerateArray().Select(v => v.GetString()!).ToArray();
}
