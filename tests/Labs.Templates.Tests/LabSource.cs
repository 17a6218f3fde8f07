using System.Text.Json;

namespace Labs.Templates.Tests;

/// <summary>One lab under templates/ as the repository holds it: every folder with a .template.config/template.json.</summary>
internal sealed class LabSource
{
    private const string HiddenTestsSuffix = ".Hidden.Tests";
    private static readonly string[] SkippedFolders = ["bin", "obj", "TestResults"];
    private static readonly string[] BinaryExtensions = [".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".pgm", ".nupkg", ".dll"];

    private LabSource(string folder)
    {
        Folder = folder;
        Name = Path.GetFileName(folder);
        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ".template.config", "template.json")));
        ShortName = template.RootElement.GetProperty("shortName").GetString()!;
        TemplateName = template.RootElement.GetProperty("name").GetString()!;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !FoldersOf(f).Any(SkippedFolders.Contains))
            .Order(StringComparer.Ordinal)
            .ToList();
        HiddenFiles = files.Where(f => FoldersOf(f).Any(d => d.EndsWith(HiddenTestsSuffix, StringComparison.Ordinal))).ToList();
        StudentFiles = files.Except(HiddenFiles).ToList();
    }

    /// <summary>The lab's folder name, e.g. <c>intro</c>.</summary>
    public string Name { get; }

    /// <summary>The lab's folder.</summary>
    public string Folder { get; }

    /// <summary>The template's short name, e.g. <c>iplab-intro</c>.</summary>
    public string ShortName { get; }

    /// <summary>The template's name: the one line <c>dotnet new list</c> shows.</summary>
    public string TemplateName { get; }

    /// <summary>Files (relative, with '/') that students get, before the solutions are stripped.</summary>
    public IReadOnlyList<string> StudentFiles { get; }

    /// <summary>Files (relative, with '/') of the hidden test projects.</summary>
    public IReadOnlyList<string> HiddenFiles { get; }

    /// <summary>Every lab of the repository, ordered by name.</summary>
    public static IReadOnlyList<LabSource> All() =>
        Directory.GetDirectories(Path.Combine(Repository.Root, "templates"))
            .Where(d => File.Exists(Path.Combine(d, ".template.config", "template.json")))
            .Order(StringComparer.Ordinal)
            .Select(d => new LabSource(d))
            .ToList();

    /// <summary>The lab called <paramref name="name"/>.</summary>
    public static LabSource Named(string name) => All().Single(l => l.Name == name);

    /// <summary>The names of every lab, for test cases.</summary>
    public static IEnumerable<string> Names() => All().Select(l => l.Name);

    /// <summary>The text of one of the lab's files.</summary>
    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    /// <summary>True for files compared as text.</summary>
    public static bool IsText(string path) => !BinaryExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>The C# files a student gets, each read both ways.</summary>
    public IEnumerable<(string Path, SolutionSplit Split)> StudentSources() =>
        StudentFiles.Where(f => f.EndsWith(".cs", StringComparison.Ordinal)).Select(f => (f, SolutionBlocks.Split(Read(f))));

    /// <summary>The tests of the visible test projects.</summary>
    public IReadOnlyList<DeclaredTest> VisibleTests() =>
        StudentSources().SelectMany(s => TestMethods.In(s.Split.StudentText)).ToList();

    /// <summary>The tests of the hidden test projects.</summary>
    public IReadOnlyList<DeclaredTest> HiddenTests() =>
        HiddenFiles.Where(f => f.EndsWith(".cs", StringComparison.Ordinal)).SelectMany(f => TestMethods.In(Read(f))).ToList();

    /// <summary>Lines only the reference solution has: inside #if SOLUTION and nowhere in what students get.</summary>
    public IReadOnlyList<string> SolutionOnlyLines()
    {
        var studentText = string.Join('\n', StudentFiles.Where(IsText)
            .Select(f => f.EndsWith(".cs", StringComparison.Ordinal) ? SolutionBlocks.Split(Read(f)).StudentText : Read(f)));
        return StudentSources()
            .SelectMany(s => s.Split.SolutionLines)
            .Distinct()
            .Where(line => !studentText.Contains(line, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>File names of the hidden test projects that no student file has.</summary>
    public IReadOnlyList<string> HiddenOnlyFileNames()
    {
        var studentNames = StudentFiles.Select(Path.GetFileName).ToHashSet();
        return HiddenFiles.Select(f => Path.GetFileName(f)!).Where(n => !studentNames.Contains(n)).Distinct().ToList();
    }

    /// <summary>Names of hidden test methods and classes that no student file mentions.</summary>
    public IReadOnlyList<string> HiddenOnlyNames()
    {
        var studentText = string.Join('\n', StudentFiles.Where(IsText).Select(Read));
        return HiddenFiles.Where(f => f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => TestMethods.DeclaredNames(Read(f)))
            .Distinct()
            .Where(n => !studentText.Contains(n, StringComparison.Ordinal))
            .ToList();
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static IEnumerable<string> FoldersOf(string relativePath) => relativePath.Split('/').SkipLast(1);
}
