using System.IO.Compression;
using System.Text;

namespace Labs.Templates.Tests;

/// <summary>The leak scan itself must be able to fail: it finds planted leaks and has something to look for in every lab.</summary>
public sealed class LeakScanTests
{
    private static IEnumerable<string> Labs => LabSource.Names();

    [TestCaseSource(nameof(Labs))]
    public void Every_lab_has_solution_lines_and_hidden_tests_to_look_for(string name)
    {
        var lab = LabSource.Named(name);

        Assert.Multiple(() =>
        {
            Assert.That(lab.SolutionOnlyLines(), Is.Not.Empty, "The lab's sources hold reference solutions in #if SOLUTION blocks.");
            Assert.That(lab.HiddenOnlyNames(), Is.Not.Empty, "The lab has hidden tests.");
            Assert.That(lab.HiddenOnlyFileNames(), Is.Not.Empty, "The hidden tests have files of their own.");
        });
    }

    [TestCaseSource(nameof(Labs))]
    public void Student_sources_alone_are_clean(string name)
    {
        var lab = LabSource.Named(name);
        using var package = Package(lab.StudentSources().Select(s => ($"content/{name}/{s.Path}", s.Split.StudentText)));

        Assert.That(LeakScan.Find(package, [lab]), Is.Empty);
    }

    [TestCaseSource(nameof(Labs))]
    public void Planted_leaks_are_found(string name)
    {
        var lab = LabSource.Named(name);
        var solutionLine = lab.SolutionOnlyLines()[0];
        var hiddenName = lab.HiddenOnlyNames()[0];
        var hiddenFile = lab.HiddenOnlyFileNames()[0];
        using var package = Package(
        [
            ($"content/{name}/Lab/Leak.cs", "// " + solutionLine),
            ($"content/{name}/Lab/Names.cs", $"// see {hiddenName}"),
            ($"content/{name}/Lab/{hiddenFile}", "// nothing"),
            ($"content/{name}/Lab/Word.cs", "#if SOLUTION"),
            ($"content/{name}/Lab/obj/x.txt", ""),
        ]);

        var leaks = LeakScan.Find(package, [lab]);

        Assert.That(leaks, Has.Some.Contains("Leak.cs: holds the solution line")
            .And.Some.Contains($"Names.cs: names the hidden test `{hiddenName}`")
            .And.Some.Contains($"{hiddenFile}: has the name of a hidden test file")
            .And.Some.Contains("Word.cs: mentions SOLUTION")
            .And.Some.Contains("obj/x.txt: build output"));
    }

    private static ZipArchive Package(IEnumerable<(string Path, string Text)> files)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        stream.Position = 0;
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }
}
