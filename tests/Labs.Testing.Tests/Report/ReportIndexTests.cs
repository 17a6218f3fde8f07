using System.Text.Json;
using Labs.Imaging;

namespace Labs.Testing.Tests.Report;

public sealed class ReportIndexTests
{
    private static readonly Image Small = Image.FromRows([1, 2], [3, 4]);

    [Test]
    public void Index_links_every_page_of_the_run()
    {
        using var scope = new ReportDirectoryScope();

        var failing = VisualReport.WriteComparison("Lab.Fails", Small, Image.FromRows([0, 2], [3, 4]), 0, null, null);
        var passing = VisualReport.WriteComparison("Lab.Passes", Small, Small, 0, null, null);
        var viewer = Viewer.Show(Small, "Look");

        var index = File.ReadAllText(Path.Combine(scope.Directory, "labs-report.html"));
        Assert.Multiple(() =>
        {
            Assert.That(ReportIndex.IndexPath, Is.EqualTo(Path.Combine(scope.Directory, "labs-report.html")));
            Assert.That(index, Does.Contain("<a href=\"labs-report/Lab.Fails.html\">Lab.Fails</a>"));
            Assert.That(index, Does.Contain("<a href=\"labs-report/Lab.Passes.html\">Lab.Passes</a>"));
            Assert.That(index, Does.Contain($"<a href=\"labs-viewer/{Path.GetFileName(viewer)}\">Look</a>"));
            Assert.That(index, Does.Contain("Latest run: 3 page(s), 1 failing image check(s)."));
            Assert.That(index.IndexOf("Lab.Fails", StringComparison.Ordinal), Is.LessThan(index.IndexOf("Lab.Passes", StringComparison.Ordinal)), "failures first");
            Assert.That(index, Does.Not.Contain("http"));
            Assert.That(File.Exists(failing) && File.Exists(passing), Is.True);
        });
    }

    [Test]
    public void Pages_written_in_parallel_are_all_listed()
    {
        using var scope = new ReportDirectoryScope();
        const int Pages = 24;

        Parallel.For(0, Pages, i => VisualReport.WriteComparison($"Parallel.Check({i})", Small, Small, 0, null, null));

        var index = File.ReadAllText(ReportIndex.IndexPath);
        Assert.Multiple(() =>
        {
            Assert.That(ReportIndex.ReadEntries(scope.Directory), Has.Count.EqualTo(Pages));
            for (var i = 0; i < Pages; i++)
            {
                Assert.That(index, Does.Contain($"<a href=\"labs-report/Parallel.Check-{i}.html\">"));
            }
        });
    }

    [Test]
    public void Pages_of_an_earlier_run_are_listed_apart()
    {
        using var scope = new ReportDirectoryScope();
        var old = Path.Combine(scope.Directory, "labs-report", "Old.html");
        Directory.CreateDirectory(Path.GetDirectoryName(old)!);
        File.WriteAllText(old, "<!DOCTYPE html>");
        var entry = new ReportEntry("labs-report/Old.html", "Old check", "failed", null, null, DateTimeOffset.Now.AddDays(-1), "earlier-run");
        Directory.CreateDirectory(Path.Combine(scope.Directory, "labs-report", "entries"));
        File.WriteAllText(Path.Combine(scope.Directory, "labs-report", "entries", "old.json"), JsonSerializer.Serialize(entry));

        VisualReport.WriteComparison("New check", Small, Small, 0, null, null);

        var index = File.ReadAllText(ReportIndex.IndexPath);
        var earlier = index.IndexOf("Earlier runs (1 page(s))", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(earlier, Is.GreaterThan(0));
            Assert.That(index.IndexOf(">Old check<", StringComparison.Ordinal), Is.GreaterThan(earlier));
            Assert.That(index.IndexOf(">New check<", StringComparison.Ordinal), Is.LessThan(earlier));
        });
    }

    [Test]
    public void Deleted_pages_and_damaged_entries_are_skipped()
    {
        using var scope = new ReportDirectoryScope();
        var page = VisualReport.WriteComparison("Gone", Small, Small, 0, null, null);
        File.Delete(page);
        File.WriteAllText(Path.Combine(scope.Directory, "labs-report", "entries", "broken.json"), "{ not json");

        ReportIndex.Rebuild();

        Assert.That(File.ReadAllText(ReportIndex.IndexPath), Does.Contain("No visual reports yet"));
    }
}
