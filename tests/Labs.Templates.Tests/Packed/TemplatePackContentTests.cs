using System.IO.Compression;

namespace Labs.Templates.Tests.Packed;

/// <summary>What the packed Labs.Templates holds, and what it must never hold.</summary>
public sealed class TemplatePackContentTests
{
    [Test]
    public void Pack_holds_every_lab_and_the_Labs_packages()
    {
        using var package = ZipFile.OpenRead(TemplatePack.TemplatePackage);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Multiple(() =>
        {
            foreach (var lab in LabSource.All())
            {
                Assert.That(entries, Does.Contain($"content/{lab.Name}/.template.config/template.json"));
                Assert.That(entries, Does.Contain($"content/{lab.Name}/README.md"));
            }

            Assert.That(entries, Does.Contain($"content/_common/packages/Labs.Imaging.{TemplatePack.Version}.nupkg"));
            Assert.That(entries, Does.Contain($"content/_common/packages/Labs.Testing.{TemplatePack.Version}.nupkg"));
            Assert.That(entries, Does.Contain("content/_common/Labs.props"));
        });
    }

    [Test]
    public void Pack_has_no_solution_no_hidden_test_and_no_build_output()
    {
        using var package = ZipFile.OpenRead(TemplatePack.TemplatePackage);

        var leaks = LeakScan.Find(package, LabSource.All());

        Assert.That(leaks, Is.Empty, "The student template pack must not hold anything instructor-only.");
    }

    [Test]
    public void Labs_props_in_the_pack_names_the_packed_version()
    {
        using var package = ZipFile.OpenRead(TemplatePack.TemplatePackage);
        using var reader = new StreamReader(package.GetEntry("content/_common/Labs.props")!.Open());

        Assert.That(reader.ReadToEnd(), Does.Contain($">{TemplatePack.Version}</LabsVersion>"));
    }
}
