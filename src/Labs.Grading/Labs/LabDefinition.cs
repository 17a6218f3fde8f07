using System.Text.Json;

namespace Labs.Grading.Labs;

/// <summary>
/// One lab as the grader sees it: the student's project (<c>Lab/Lab.csproj</c>), the visible tests, the hidden tests
/// (<c>*.Hidden.Tests/</c>) and the grading configuration (<c>grading.json</c>, or the defaults when there is none).
/// </summary>
/// <example>
/// <code>
/// var lab = LabDefinition.Load("templates/filtering");
/// Console.WriteLine(lab.HiddenTestProjectPath); // …/templates/filtering/Lab.Hidden.Tests/Lab.Hidden.Tests.csproj
/// </code>
/// </example>
public sealed class LabDefinition
{
    /// <summary>The name of the folder holding the student's project in every lab.</summary>
    public const string LabProjectFolder = "Lab";

    private LabDefinition(
        string root,
        string hiddenTestProjectPath,
        IReadOnlyList<string> visibleTestProjectPaths,
        GradingConfiguration configuration,
        IReadOnlyList<string> handoutFolders)
    {
        Root = root;
        Name = System.IO.Path.GetFileName(root);
        LabProjectPath = System.IO.Path.Combine(root, LabProjectFolder, LabProjectFolder + ".csproj");
        HiddenTestProjectPath = hiddenTestProjectPath;
        VisibleTestProjectPaths = visibleTestProjectPaths;
        Configuration = configuration;
        HandoutFolders = handoutFolders;
    }

    /// <summary>The lab's name: the name of its folder, e.g. <c>filtering</c>.</summary>
    public string Name { get; }

    /// <summary>The full path of the lab folder (the one holding <c>Lab/</c>).</summary>
    public string Root { get; }

    /// <summary>The full path of the student's project, <c>Lab/Lab.csproj</c>.</summary>
    public string LabProjectPath { get; }

    /// <summary>The full path of the hidden test project, e.g. <c>Lab.Hidden.Tests/Lab.Hidden.Tests.csproj</c>.</summary>
    public string HiddenTestProjectPath { get; }

    /// <summary>The full paths of the test projects the students have (every <c>*.Tests/</c> folder except the hidden one).</summary>
    public IReadOnlyList<string> VisibleTestProjectPaths { get; }

    /// <summary>How the lab is graded, from <c>grading.json</c> or the defaults.</summary>
    public GradingConfiguration Configuration { get; }

    /// <summary>
    /// The folders whose files together make the handout a student starts from: the lab folder, then any extra source
    /// folders that <c>.template.config/template.json</c> lists (such as <c>../_common/</c>). Used to tell a student's
    /// changed files from the ones they left alone.
    /// </summary>
    public IReadOnlyList<string> HandoutFolders { get; }

    /// <summary>Finds the projects of the lab in <paramref name="labFolder"/> and reads its <c>grading.json</c> if it has one.</summary>
    /// <param name="labFolder">The lab folder, e.g. <c>templates/filtering</c>: it holds <c>Lab/Lab.csproj</c> and a <c>*.Hidden.Tests/</c> project.</param>
    /// <returns>The lab, ready for the grader.</returns>
    /// <exception cref="LabConfigurationException">The folder has no <c>Lab/Lab.csproj</c>, no or several hidden test projects, or a bad <c>grading.json</c>.</exception>
    public static LabDefinition Load(string labFolder)
    {
        var root = System.IO.Path.GetFullPath(labFolder).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        if (!Directory.Exists(root))
        {
            throw new LabConfigurationException($"{root}: the lab folder does not exist.", root);
        }

        var labProject = System.IO.Path.Combine(root, LabProjectFolder, LabProjectFolder + ".csproj");
        if (!File.Exists(labProject))
        {
            throw new LabConfigurationException(
                $"{root}: no student project found; a lab folder holds Lab/Lab.csproj, the project the students write their code in.",
                root);
        }

        var testProjects = Directory.EnumerateDirectories(root, "*.Tests")
            .Order(StringComparer.Ordinal)
            .Select(folder => (Folder: folder, Project: Directory.EnumerateFiles(folder, "*.csproj").Order(StringComparer.Ordinal).FirstOrDefault()))
            .Where(p => p.Project is not null)
            .ToList();
        var hidden = testProjects.Where(p => p.Folder.EndsWith(".Hidden.Tests", StringComparison.Ordinal)).ToList();
        if (hidden.Count != 1)
        {
            var found = hidden.Count == 0 ? "none" : string.Join(", ", hidden.Select(h => System.IO.Path.GetFileName(h.Folder) + "/"));
            throw new LabConfigurationException(
                $"{root}: expected exactly one hidden test project (a folder such as Lab.Hidden.Tests/ with a .csproj inside); found {found}.",
                root);
        }

        var visible = testProjects.Except(hidden).Select(p => p.Project!).ToList();
        var configurationPath = System.IO.Path.Combine(root, GradingConfiguration.FileName);
        var configuration = File.Exists(configurationPath) ? GradingConfiguration.Load(configurationPath) : GradingConfiguration.Default;
        return new LabDefinition(root, hidden[0].Project!, visible, configuration, FindHandoutFolders(root));
    }

    private static List<string> FindHandoutFolders(string root)
    {
        var folders = new List<string> { root };
        var templatePath = System.IO.Path.Combine(root, ".template.config", "template.json");
        if (!File.Exists(templatePath))
        {
            return folders;
        }

        try
        {
            using var template = JsonDocument.Parse(File.ReadAllText(templatePath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!template.RootElement.TryGetProperty("sources", out var sources) || sources.ValueKind != JsonValueKind.Array)
            {
                return folders;
            }

            foreach (var source in sources.EnumerateArray())
            {
                var target = source.TryGetProperty("target", out var t) ? t.GetString() : "./";
                if (source.TryGetProperty("source", out var s) && s.GetString() is { } relative && target is "./" or "." or "")
                {
                    var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relative)).TrimEnd(System.IO.Path.DirectorySeparatorChar);
                    if (Directory.Exists(folder) && !folders.Contains(folder))
                    {
                        folders.Add(folder);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // The template engine reports a broken template.json; for grading the lab folder alone is enough.
        }

        return folders;
    }
}
