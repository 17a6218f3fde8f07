using System.Globalization;
using System.Text.RegularExpressions;

namespace Labs.Templates.Tests;

/// <summary>Checks of each lab's sources: the files every lab needs, the handout's structure and its points.</summary>
public sealed partial class LabSourceTests
{
    private static readonly string[] RequiredFiles =
    [
        "README.md", "Lab.slnx", "Directory.Build.props", "Directory.Packages.props", ".template.config/template.json",
        "Lab/Lab.csproj", "Lab.Tests/Lab.Tests.csproj", "Lab.Hidden.Tests/Lab.Hidden.Tests.csproj",
    ];

    private static readonly string[] RequiredSharedFiles =
    [
        ".gitignore", ".gitattributes", ".vscode/extensions.json", ".vscode/settings.json", ".devcontainer/devcontainer.json",
        ".github/workflows/test.yml", "nuget.config", "packages/README.md",
    ];

    private static readonly string[] HandoutSections = ["## Goals", "## Theory", "## Tasks", "### Forbidden library calls", "## Running the tests", "### The visual report"];

    private static IEnumerable<string> Labs => LabSource.Names();

    [Test]
    public void There_is_at_least_one_lab() => Assert.That(LabSource.All(), Is.Not.Empty);

    [TestCaseSource(nameof(Labs))]
    public void Lab_has_every_file_a_lab_needs(string name)
    {
        var lab = LabSource.Named(name);
        var shared = Path.Combine(Path.Combine(Repository.Root, "templates"), "_common");

        Assert.Multiple(() =>
        {
            foreach (var file in RequiredFiles)
            {
                Assert.That(Path.Combine(lab.Folder, file), Does.Exist, $"{name} needs {file}.");
            }

            foreach (var file in RequiredSharedFiles)
            {
                Assert.That(Path.Combine(shared, file), Does.Exist, $"Every lab gets _common/{file}.");
            }

            Assert.That(lab.ShortName, Is.EqualTo("iplab-" + name), "The short name is iplab-<folder>.");
            Assert.That(lab.Read("Lab/Lab.csproj"), Does.Not.Contain("NUnit"), "The lab project never references NUnit.");
            Assert.That(lab.Read("Lab.slnx"), Does.Not.Contain("Hidden"), "The lab's solution lists only what students get.");
        });
    }

    [TestCaseSource(nameof(Labs))]
    public void Lab_projects_are_in_the_repository_solution(string name)
    {
        var solution = File.ReadAllText(Path.Combine(Repository.Root, "LabTemplates.sln"));

        Assert.Multiple(() =>
        {
            foreach (var project in new[] { "Lab", "Lab.Tests", "Lab.Hidden.Tests" })
            {
                Assert.That(solution, Does.Contain($@"templates\{name}\{project}\{project}.csproj"),
                    $"LabTemplates.sln runs every lab's tests against the reference solution, so it lists {name}/{project}.");
            }
        });
    }

    [TestCaseSource(nameof(Labs))]
    public void Handout_has_every_section(string name)
    {
        var lab = LabSource.Named(name);
        var handout = lab.Read("README.md");

        Assert.Multiple(() =>
        {
            foreach (var section in HandoutSections)
            {
                Assert.That(handout, Does.Contain(section + "\n"), $"{name}/README.md needs the section '{section}'.");
            }

            Assert.That(handout, Does.Contain("$"), "The theory writes its formulas in Markdown math ($…$).");
            Assert.That(handout, Does.Contain("dotnet test"), "The handout says how to run the tests.");
            if (lab.StudentFiles.Any(f => f.StartsWith("images/", StringComparison.Ordinal)))
            {
                Assert.That(handout, Does.Contain("Sample images from scikit-image (skimage.data), CC0 / public domain."),
                    "The handout names the source and licence of the lab's images.");
            }
        });
    }

    [TestCaseSource(nameof(Labs))]
    public void Handout_points_are_the_points_of_the_visible_and_hidden_tests(string name)
    {
        var lab = LabSource.Named(name);
        var handout = lab.Read("README.md");
        var tests = lab.VisibleTests().Concat(lab.HiddenTests()).ToList();
        var handoutTasks = HandoutTask().Matches(handout)
            .ToDictionary(m => int.Parse(m.Groups["task"].Value, CultureInfo.InvariantCulture), m => Points(m.Groups["points"].Value));
        var total = HandoutTotal().Match(handout);

        Assert.Multiple(() =>
        {
            Assert.That(tests, Is.Not.Empty);
            Assert.That(tests.Where(t => t.Task is null || t.Points <= 0).Select(t => t.Name), Is.Empty,
                "Every test has [Points(…)] and [LabTask(…)] (on the method or its class).");
            Assert.That(handoutTasks, Is.Not.Empty, "The handout numbers its tasks: `1. **Title (3 points).**`");
            Assert.That(tests.Where(t => t.Task is not null).GroupBy(t => t.Task!.Value).ToDictionary(g => g.Key, g => g.Sum(t => t.Points)),
                Is.EquivalentTo(handoutTasks), "Points per task: the tests' [Points] against the handout.");
            Assert.That(total.Success, Is.True, "The handout states its total: `**Total: 6 points.**`");
            Assert.That(total.Success ? Points(total.Groups["points"].Value) : double.NaN, Is.EqualTo(handoutTasks.Values.Sum()),
                "The handout's total is the sum of its tasks' points.");
        });
    }

    private static double Points(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?<task>\d+)\.\s+\*\*[^*\n]*\((?<points>[0-9.]+) points?\)\.?\*\*", RegexOptions.Multiline)]
    private static partial Regex HandoutTask();

    [GeneratedRegex(@"\*\*Total: (?<points>[0-9.]+) points?\.?\*\*")]
    private static partial Regex HandoutTotal();
}
