using Labs.Imaging;

namespace Labs.Testing.Tests.Report;

public sealed class VisualReportTests
{
    private static readonly Image Expected = Image.FromRows([1, 2], [3, 4]);

    [Test]
    public void Failing_comparison_is_written_to_the_report_folder_and_listed_as_failed()
    {
        using var scope = new ReportDirectoryScope();
        var actual = Image.FromRows([1, 2], [3, 5]);

        var path = VisualReport.WriteComparison("Lab1.Brighten(2)", Expected, actual, 1e-9, "s1", "1 pixel differs.");

        var entries = ReportIndex.ReadEntries(scope.Directory);
        Assert.Multiple(() =>
        {
            Assert.That(path, Is.EqualTo(Path.Combine(scope.Directory, "labs-report", "Lab1.Brighten-2.html")));
            Assert.That(File.ReadAllText(path), Does.Contain("<pre class=\"message\">1 pixel differs.</pre>"));
            Assert.That(entries.Single().Kind, Is.EqualTo("failed"));
            Assert.That(entries.Single().Student, Is.EqualTo("s1"));
            Assert.That(entries.Single().Page, Is.EqualTo("labs-report/Lab1.Brighten-2.html"));
        });
    }

    [Test]
    public void Passing_comparison_is_listed_as_passed()
    {
        using var scope = new ReportDirectoryScope();

        VisualReport.WriteComparison("Same", Expected, Expected.Clone(), 0, null, null);

        Assert.That(ReportIndex.ReadEntries(scope.Directory).Single().Kind, Is.EqualTo("passed"));
    }

    [Test]
    public void Missing_student_id_is_read_from_the_environment()
    {
        using var scope = new ReportDirectoryScope(studentId: "s777");

        var path = VisualReport.WriteComparison("Same", Expected, Expected, 0, null, null);

        Assert.That(File.ReadAllText(path), Does.Contain("<dt>Student</dt><dd>s777</dd>"));
    }

    [Test]
    public void Negative_tolerance_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => VisualReport.WriteComparison("t", Expected, Expected, -1, null, null));

        Assert.That(error!.Message, Does.StartWith("VisualReport.WriteComparison(tolerance: -1) needs a tolerance of 0 or more, e.g. 1e-9."));
    }
}
