#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Copies every lab template under templates/ into a staging folder in the student's form:
/// reference solutions (<c>#if SOLUTION … #else … #endif</c>) replaced by their stubs, hidden-test projects
/// (<c>*.Hidden.Tests</c>) left out, instructor-only template options removed, and the shared files, Labs.props and
/// the Labs.* packages added. The staging folder mirrors the package's <c>content/</c> folder; each returned item's
/// PackagePath names its place in the package.
/// </summary>
public sealed class StageLabTemplates : Task
{
    private const string Symbol = "SOLUTION";
    private const string SharedFolder = "_common";
    private const string HiddenTestsSuffix = ".Hidden.Tests";
    private const string InstructorOnlyFile = "grading.json";

    private static readonly string[] SkippedFolders = { "bin", "obj", "TestResults", ".vs", ".idea" };
    private static readonly string[] BinaryExtensions = { ".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".pgm", ".nupkg", ".dll" };
    private static readonly Regex SymbolWord = new Regex(@"\b" + Symbol + @"\b");
    private static readonly Regex Directive = new Regex(@"^\s*#\s*(if|elif|else|endif)\b(.*)$");
    private static readonly Regex SolutionIf = new Regex(@"^\(?\s*(!?)\s*" + Symbol + @"\s*\)?$");
    private static readonly Regex LabsVersionElement = new Regex(@"(<LabsVersion\b[^>]*>)[^<]*(</LabsVersion>)");

    /// <summary>The templates/ folder: one sub-folder per lab, plus _common with the files every lab gets.</summary>
    [Required]
    public string TemplatesDirectory { get; set; } = "";

    /// <summary>The repository's Labs.props, copied into every lab with <see cref="LabsVersion"/> filled in.</summary>
    [Required]
    public string LabsPropsFile { get; set; } = "";

    /// <summary>The version of the Labs.* packages that the staged labs reference.</summary>
    [Required]
    public string LabsVersion { get; set; } = "";

    /// <summary>The Labs.Imaging and Labs.Testing packages, copied into the labs' packages/ folder.</summary>
    [Required]
    public ITaskItem[] LibraryPackages { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The staging folder; emptied first.</summary>
    [Required]
    public string StagingDirectory { get; set; } = "";

    /// <summary>Every staged file, with the metadata PackagePath (its path in the package).</summary>
    [Output]
    public ITaskItem[] StagedFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The labs found (folder names), for the build log.</summary>
    [Output]
    public string[] Labs { get; set; } = Array.Empty<string>();

    private readonly List<ITaskItem> _staged = new List<ITaskItem>();

    public override bool Execute()
    {
        var templates = Path.GetFullPath(TemplatesDirectory);
        var staging = Path.GetFullPath(StagingDirectory);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Labs = Directory.GetDirectories(templates)
            .Where(d => File.Exists(Path.Combine(d, ".template.config", "template.json")))
            .Select(Path.GetFileName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        if (Labs.Length == 0)
        {
            Log.LogError("StageLabTemplates: no lab found in {0}: each lab is a folder with .template.config/template.json.", templates);
            return false;
        }

        foreach (var lab in Labs)
        {
            StageFolder(Path.Combine(templates, lab), lab, staging);
        }

        var shared = Path.Combine(templates, SharedFolder);
        if (Directory.Exists(shared))
        {
            StageFolder(shared, SharedFolder, staging);
        }

        if (LibraryPackages.Length == 0)
        {
            Log.LogError("StageLabTemplates: no Labs.Imaging or Labs.Testing package to put into the labs' packages/ folder.");
            return false;
        }

        var props = File.ReadAllText(LabsPropsFile);
        if (!LabsVersionElement.IsMatch(props))
        {
            Log.LogError("StageLabTemplates: {0} has no <LabsVersion> element to fill in.", LabsPropsFile);
            return false;
        }

        WriteStaged(staging, SharedFolder + "/Labs.props", LabsVersionElement.Replace(props, "${1}" + LabsVersion + "${2}"));
        foreach (var package in LibraryPackages)
        {
            var name = Path.GetFileName(package.ItemSpec);
            var target = Path.Combine(staging, SharedFolder, "packages", name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(package.ItemSpec, target, overwrite: true);
            Add(target, SharedFolder + "/packages/" + name);
        }

        StagedFiles = _staged.ToArray();
        return !Log.HasLoggedErrors;
    }

    private void StageFolder(string source, string name, string staging)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = file.Substring(source.Length).TrimStart('/', '\\').Replace('\\', '/');
            var folders = relative.Split('/');
            if (folders.Take(folders.Length - 1).Any(f => SkippedFolders.Contains(f) || f.EndsWith(HiddenTestsSuffix, StringComparison.Ordinal)))
            {
                continue;
            }

            // The lab's grading settings (deadline, limits, visibility of hidden tests) are for the grader only.
            if (relative == InstructorOnlyFile)
            {
                continue;
            }

            var packagePath = name + "/" + relative;
            if (BinaryExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            {
                var target = StagedPath(staging, packagePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
                Add(target, packagePath);
                continue;
            }

            var text = File.ReadAllText(file);
            if (file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            {
                text = StripSolutions(text, packagePath);
            }
            else if (relative.StartsWith(".template.config/", StringComparison.Ordinal) && file.EndsWith(".json", StringComparison.Ordinal))
            {
                text = RemoveInstructorOptions(text);
            }

            var leftOver = SymbolWord.Match(text);
            if (leftOver.Success)
            {
                var line = text.Take(leftOver.Index).Count(c => c == '\n') + 1;
                Log.LogError(null, null, null, file, line, 0, 0, 0,
                    "StageLabTemplates: {0} still mentions {1} after staging; only '#if {1}' blocks in .cs files and the {1} template option are removed. Reword it so that nothing instructor-only reaches students.",
                    packagePath, Symbol);
            }

            WriteStaged(staging, packagePath, text);
        }
    }

    /// <summary>Keeps the stub (the #else branch) of every #if SOLUTION block, and the body of every #if !SOLUTION block.</summary>
    private string StripSolutions(string text, string packagePath)
    {
        var newline = text.Contains("\r\n") ? "\r\n" : "\n";
        var lines = text.Split(new[] { newline }, StringSplitOptions.None);
        var output = new List<string>();

        // One entry per open #if: null for directives that do not test SOLUTION (kept as they are),
        // otherwise whether the lines of the current branch are kept.
        var open = new Stack<bool?>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var match = Directive.Match(line);
            var keeping = open.All(state => state != false);
            if (!match.Success)
            {
                if (keeping)
                {
                    output.Add(line);
                }

                continue;
            }

            var kind = match.Groups[1].Value;
            var condition = match.Groups[2].Value.Split(new[] { "//" }, StringSplitOptions.None)[0].Trim();
            var mentionsSymbol = SymbolWord.IsMatch(condition);
            switch (kind)
            {
                case "if" when mentionsSymbol:
                    var simple = SolutionIf.Match(condition);
                    if (!simple.Success)
                    {
                        Fail(packagePath, i, "only '#if " + Symbol + "' and '#if !" + Symbol + "' are supported, not '" + line.Trim() + "'");
                        return text;
                    }

                    open.Push(simple.Groups[1].Value == "!");
                    continue;
                case "if":
                    open.Push(null);
                    break;
                case "elif" when mentionsSymbol || (open.Count > 0 && open.Peek() != null):
                    Fail(packagePath, i, "#elif cannot be used with " + Symbol + "; use #if " + Symbol + " … #else … #endif");
                    return text;
                case "else" when open.Count > 0 && open.Peek() != null:
                    open.Push(!open.Pop()!.Value);
                    continue;
                case "endif" when open.Count > 0 && open.Peek() != null:
                    open.Pop();
                    continue;
                case "endif" when open.Count > 0:
                    open.Pop();
                    break;
            }

            if (keeping)
            {
                output.Add(line);
            }
        }

        if (open.Any(state => state != null))
        {
            Fail(packagePath, lines.Length - 1, "an #if " + Symbol + " block has no #endif");
        }

        return string.Join(newline, output);
    }

    /// <summary>Removes the SOLUTION option from template.json and dotnetcli.host.json, and every modifier that depends on it.</summary>
    private static string RemoveInstructorOptions(string json)
    {
        XDocument document;
        using (var reader = JsonReaderWriterFactory.CreateJsonReader(Encoding.UTF8.GetBytes(json), XmlDictionaryReaderQuotas.Max))
        {
            document = XDocument.Load(reader);
        }

        foreach (var option in document.Descendants().Where(e => NameOf(e) == Symbol).ToList())
        {
            option.Remove();
        }

        var conditional = document.Descendants()
            .Where(e => NameOf(e) == "condition" && SymbolWord.IsMatch(e.Value))
            .Select(e => e.Parent!)
            .ToList();
        foreach (var modifier in conditional)
        {
            var list = modifier.Parent;
            modifier.Remove();
            if (list != null && NameOf(list) == "modifiers" && !list.HasElements)
            {
                list.Remove();
            }
        }

        using (var stream = new MemoryStream())
        {
            using (var writer = JsonReaderWriterFactory.CreateJsonWriter(stream, new UTF8Encoding(false), false, true, "  "))
            {
                document.Save(writer);
            }

            // The writer escapes every '/' as '\/'; both mean the same in JSON, so keep the file readable.
            var text = Encoding.UTF8.GetString(stream.ToArray());
            return Regex.Replace(text, @"(?<!\\)((?:\\\\)*)\\/", "$1/") + "\n";
        }
    }

    /// <summary>The JSON property name of an element: the element's name, or its item attribute for names XML cannot hold.</summary>
    private static string NameOf(XElement element) =>
        (string?)element.Attribute("item") ?? element.Name.LocalName;

    private void Fail(string packagePath, int lineIndex, string message) =>
        Log.LogError(null, null, null, packagePath, lineIndex + 1, 0, 0, 0, "StageLabTemplates: {0}({1}): {2}.", packagePath, lineIndex + 1, message);

    private void WriteStaged(string staging, string packagePath, string text)
    {
        var target = StagedPath(staging, packagePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text, new UTF8Encoding(false));
        Add(target, packagePath);
    }

    private static string StagedPath(string staging, string packagePath) => Path.Combine(staging, packagePath);

    private void Add(string stagedFile, string packagePath)
    {
        var item = new TaskItem(stagedFile);
        item.SetMetadata("PackagePath", "content/" + packagePath);
        _staged.Add(item);
    }
}
