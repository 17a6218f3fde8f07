using Labs.Imaging;
using NUnit.Framework.Internal;

namespace Labs.Testing.Tests.Report;

public sealed class ViewerTests
{
    private static readonly Image Noisy = Image.FromRows([1, 5, 1], [5, 9, 5]);
    private static readonly Image Denoised = Image.FromRows([2, 4, 2], [4, 6, 4]);

    [Test]
    public void Show_writes_the_page_in_the_viewer_folder_and_returns_its_path()
    {
        using var scope = new ReportDirectoryScope();

        var path = Viewer.Show(Noisy, "Noisy");

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(path), Is.True);
            Assert.That(Path.GetDirectoryName(path), Is.EqualTo(Path.Combine(scope.Directory, "labs-viewer")));
            Assert.That(Path.GetFileName(path), Is.EqualTo("ViewerTests.Show_writes_the_page_in_the_viewer_folder_and_returns_its_path-Noisy.html"));
            Assert.That(File.ReadAllText(path), Does.Contain("<span class=\"title\">Noisy</span>"));
        });
    }

    [Test]
    public void Show_prints_a_clickable_path_and_attaches_the_page_to_the_test()
    {
        using var scope = new ReportDirectoryScope();

        var path = Viewer.Show(Noisy);

        var result = TestExecutionContext.CurrentContext.CurrentResult;
        Assert.Multiple(() =>
        {
            Assert.That(result.Output, Does.Contain($"Image viewer: {new Uri(path).AbsoluteUri}"));
            Assert.That(new Uri(path).AbsoluteUri, Does.StartWith("file:///"));
            Assert.That(result.TestAttachments.Select(a => a.FilePath), Does.Contain(path));
        });
    }

    [Test]
    public void Showing_twice_in_one_test_keeps_both_pages()
    {
        using var scope = new ReportDirectoryScope();

        var first = Viewer.Show(Noisy, "Same");
        var second = Viewer.Show(Denoised, "Same");

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.Not.EqualTo(first));
            Assert.That(second, Does.EndWith("-Same-2.html"));
            Assert.That(File.Exists(first) && File.Exists(second), Is.True);
        });
    }

    [Test]
    public void Compare_adds_the_difference_to_the_first_image()
    {
        var page = Viewer.Page([Noisy, Denoised], ["Noisy", "Denoised"], compare: true, histogram: true);
        var html = page.ToHtml();

        Assert.Multiple(() =>
        {
            Assert.That(page.Title, Is.EqualTo("Noisy vs Denoised"));
            Assert.That(page.Panels.Select(p => p.Title), Is.EqualTo(new[] { "Noisy", "Denoised", "Denoised − Noisy" }));
            Assert.That(page.Overlays, Is.EqualTo(new[] { new ReportOverlay(Target: 1, Difference: 2) }));
            // Denoised − Noisy, first row: 2 − 1, 4 − 5, 2 − 1.
            Assert.That(ReportPageReader.Pixels(html, 2).Take(3), Is.EqualTo(new[] { 1.0, -1.0, 1.0 }));
            Assert.That(html, Does.Contain("<option value=\"overlay\">Red overlay</option>"));
        });
    }

    [Test]
    public void Without_compare_there_is_no_overlay_mode()
    {
        var html = Viewer.Page([Noisy, Denoised], null, compare: false, histogram: false).ToHtml();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("id=\"mode\""));
            Assert.That(html, Does.Contain("<span class=\"title\">Image 1</span>"));
            Assert.That(html, Does.Contain("<span class=\"title\">Image 2</span>"));
            Assert.That(html, Does.Contain("id=\"shared-range\""));
        });
    }

    [Test]
    public void Page_names_the_test_and_the_student()
    {
        using var scope = new ReportDirectoryScope(studentId: "s654321");

        var page = Viewer.Page([Noisy], null, compare: false, histogram: true);

        Assert.That(page.Details, Does.Contain(new KeyValuePair<string, string>("Student", "s654321")));
        Assert.That(page.Details, Does.Contain(new KeyValuePair<string, string>("Test", TestContext.CurrentContext.Test.FullName)));
    }

    [Test]
    public void Compare_with_one_image_explains_what_is_needed()
    {
        var error = Assert.Throws<ArgumentException>(() => Viewer.Show([Noisy], compare: true));

        Assert.That(error!.Message, Does.StartWith(
            "Viewer.Show(compare: true) needs at least two images: the first is the reference and the others are compared with it."));
    }

    [Test]
    public void Too_many_titles_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Viewer.Show([Noisy], ["A", "B"]));

        Assert.That(error!.Message, Does.StartWith("Viewer.Show got 2 titles for 1 images: give one title per image, or none."));
    }

    [Test]
    public void An_empty_list_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Viewer.Show(Array.Empty<Image>()));

        Assert.That(error!.Message, Does.StartWith("Viewer.Show needs at least one image, but the list is empty."));
    }

    [Test]
    public void Images_of_different_shapes_are_shown_without_a_difference()
    {
        var page = Viewer.Page([Noisy, new Image(2, 2)], ["A", "B"], compare: true, histogram: true);

        Assert.Multiple(() =>
        {
            Assert.That(page.Panels, Has.Count.EqualTo(2));
            Assert.That(page.Notes, Is.EqualTo(new[] { "B (2×2) and A (3×2) have different shapes, so there is no difference image for them." }));
        });
    }
}
