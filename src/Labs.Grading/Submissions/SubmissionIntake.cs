using System.Globalization;
using System.IO.Compression;
using Labs.Grading.Labs;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Labs.Grading.Submissions;

/// <summary>
/// Takes in students' submissions of one lab: finds the lab folder in a submission folder or zip, keeps the files that
/// match the lab's submission patterns (the student's source files) and lists every other changed or extra file with
/// the reason it was ignored. Tests, snapshots, project files and build output are never taken, whatever the patterns say.
/// Nothing is unpacked to disk, and nothing in a submission can make the grader crash: problems become a status.
/// </summary>
/// <example>
/// <code>
/// var intake = SubmissionIntake.For(LabDefinition.Load("templates/filtering"));
/// var submission = intake.Read("submissions/alice.zip");
/// foreach (var ignored in submission.Ignored) Console.WriteLine(ignored.Message);
/// </code>
/// </example>
public sealed class SubmissionIntake
{
    private const string ZipExtension = ".zip";

    private readonly SubmissionRules _rules;
    private readonly HandoutFiles _handout;
    private readonly Matcher _matcher = new(StringComparison.Ordinal);
    private readonly string _labProjectFolder;
    private readonly Lazy<string[]> _expectedPaths;

    /// <summary>Creates an intake that keeps the files <paramref name="rules"/> allows and compares the rest with the handout.</summary>
    /// <param name="rules">Which files are the student's work and how large they may be.</param>
    /// <param name="handoutFolders">The folders of the handout the student started from, first the lab folder (see <see cref="LabDefinition.HandoutFolders"/>); may be empty, then every file not taken is listed as ignored.</param>
    /// <param name="labProjectFolder">The name of the student's project folder that marks the lab folder inside a submission, normally <c>Lab</c>.</param>
    public SubmissionIntake(SubmissionRules rules, IReadOnlyList<string> handoutFolders, string labProjectFolder = LabDefinition.LabProjectFolder)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(handoutFolders);
        _rules = rules;
        _handout = new HandoutFiles(handoutFolders);
        _labProjectFolder = labProjectFolder;
        _matcher.AddIncludePatterns(rules.Include);
        _matcher.AddExcludePatterns(rules.Exclude);
        _expectedPaths = new Lazy<string[]>(() =>
            [.. _matcher.Match(_handout.LabFolderPaths()).Files.Select(f => f.Path).Where(p => GuardOf(p) is null)]);
    }

    /// <summary>
    /// The paths (relative to the lab folder, with <c>/</c>) of the handout's files that make up a submission, e.g.
    /// <c>Lab/Filtering.Gaussian.cs</c>: the files a student is expected to hand in.
    /// </summary>
    public IReadOnlyList<string> StudentFilePaths => _expectedPaths.Value;

    /// <summary>Creates the intake for a lab, with its submission rules and handout.</summary>
    /// <param name="lab">The lab the submissions belong to.</param>
    /// <returns>An intake that can read any number of submissions of that lab.</returns>
    public static SubmissionIntake For(LabDefinition lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        return new SubmissionIntake(lab.Configuration.Submission, lab.HandoutFolders);
    }

    /// <summary>Reads one submission: a folder, or a <c>.zip</c> file of the lab folder.</summary>
    /// <param name="submissionPath">The submission's folder or zip file.</param>
    /// <returns>The accepted files, the ignored ones with reasons, the ids and a status; problems with the submission become a status, never an exception.</returns>
    /// <exception cref="FileNotFoundException">No folder or file exists at <paramref name="submissionPath"/>.</exception>
    public SubmissionFiles Read(string submissionPath)
    {
        ArgumentNullException.ThrowIfNull(submissionPath);
        var trimmed = submissionPath.TrimEnd('/', Path.DirectorySeparatorChar);
        if (Directory.Exists(trimmed))
        {
            return Take(Path.GetFileName(Path.GetFullPath(trimmed)), SubmissionReader.ReadFolder(trimmed));
        }

        if (!File.Exists(trimmed))
        {
            throw new FileNotFoundException($"Read(\"{submissionPath}\"): no submission folder or zip file exists there.", submissionPath);
        }

        var id = Path.GetFileName(trimmed).EndsWith(ZipExtension, StringComparison.OrdinalIgnoreCase)
            ? Path.GetFileNameWithoutExtension(trimmed)
            : Path.GetFileName(trimmed);
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(trimmed);
        }
        catch (InvalidDataException)
        {
            return Refuse(id, SubmissionStatus.Rejected, $"{Path.GetFileName(trimmed)} is not a zip file that can be read. Hand in your lab folder as a .zip file (or as a folder).");
        }

        using (archive)
        {
            try
            {
                return Take(id, SubmissionReader.ReadZip(archive));
            }
            catch (InvalidDataException e)
            {
                return Refuse(id, SubmissionStatus.Rejected, $"{Path.GetFileName(trimmed)} is damaged and cannot be unpacked ({e.Message}). Create the zip file again from your lab folder.");
            }
        }
    }

    private static SubmissionFiles Refuse(string id, SubmissionStatus status, string problem) =>
        new(id, id, status, problem, string.Empty, [], [], []);

    private SubmissionFiles Take(string id, List<SubmissionEntry> listed)
    {
        if (listed.Count > SubmissionReader.MaxEntries)
        {
            return Refuse(id, SubmissionStatus.Rejected, string.Create(CultureInfo.InvariantCulture, $"The submission holds more than {SubmissionReader.MaxEntries} files; hand in only your lab folder."));
        }

        var entries = new List<SubmissionEntry>(listed.Count);
        foreach (var entry in listed)
        {
            if (SubmissionPaths.Escapes(entry.Path) is { } escape)
            {
                return Refuse(id, SubmissionStatus.Rejected, $"The zip file holds the path \"{entry.Path}\", which {escape}. Such archives are refused because unpacking them could overwrite other files; create the zip file again from your lab folder.");
            }

            var clean = string.Join('/', entry.Path.Split('/').Where(s => s.Length > 0 && s != ".")) + (entry.IsSkippedFolder ? "/" : string.Empty);
            entries.Add(entry with { Path = clean });
        }

        // A zip may hold two entries with the same name; the first one counts, as most unzip tools would ask before overwriting it.
        entries = [.. entries.DistinctBy(e => e.Path, StringComparer.Ordinal)];

        var files = entries.Where(e => !e.IsSkippedFolder && !SubmissionPaths.IsSystemFile(e.Path) && SubmissionPaths.GeneratedFolderOf(e.Path) is null).ToList();
        if (files.Count == 0)
        {
            return Refuse(id, SubmissionStatus.Empty, "The submission is empty: it holds no files.");
        }

        var roots = files
            .Select(e => LabRootOf(e.Path))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (roots.Count == 0)
        {
            var top = files.Select(e => e.Path.Split('/')[0] + (e.Path.Contains('/', StringComparison.Ordinal) ? "/" : string.Empty)).Distinct().Order(StringComparer.Ordinal).Take(10);
            return Refuse(id, SubmissionStatus.NoLabFound, $"No lab found: the submission has no {_labProjectFolder}/ folder. Hand in the whole lab folder as `dotnet new` created it, with {_labProjectFolder}/{_labProjectFolder}.csproj inside. Found: {string.Join(", ", top)}.");
        }

        var depth = roots.Min(r => r.Count(c => c == '/'));
        var shallowest = roots.Where(r => r.Count(c => c == '/') == depth).Order(StringComparer.Ordinal).ToList();
        if (shallowest.Count > 1)
        {
            return Refuse(id, SubmissionStatus.Rejected, $"The submission holds more than one lab ({string.Join(", ", shallowest.Select(r => r.Length == 0 ? "the top folder" : r))}); hand in exactly one lab folder.");
        }

        return new Selection(this, id, shallowest[0]).Run(entries);
    }

    /// <summary>The folder holding <c>Lab/</c> for a file inside a <c>Lab/</c> folder, e.g. <c>alice/</c> for <c>alice/Lab/X.cs</c>; otherwise null.</summary>
    private string? LabRootOf(string path)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (segments[i] == _labProjectFolder)
            {
                return i == 0 ? string.Empty : string.Join('/', segments[..i]) + "/";
            }
        }

        return null;
    }

    /// <summary>The decisions for one submission whose lab folder is known.</summary>
    private sealed class Selection(SubmissionIntake intake, string id, string labRoot)
    {
        private readonly List<SubmittedFile> _accepted = [];
        private readonly List<IgnoredFile> _ignored = [];
        private readonly List<string> _notes = [];
        private readonly HashSet<string> _groupedFolders = new(StringComparer.Ordinal);
        private long _acceptedBytes;

        private SubmissionRules Rules => intake._rules;

        private HandoutFiles Handout => intake._handout;

        public SubmissionFiles Run(List<SubmissionEntry> entries)
        {
            var inside = new List<SubmissionEntry>();
            foreach (var entry in entries)
            {
                var folder = entry.IsSkippedFolder ? entry.Path : SubmissionPaths.GeneratedFolderOf(entry.Path);
                if (folder is not null)
                {
                    Group(folder.StartsWith(labRoot, StringComparison.Ordinal) ? folder[labRoot.Length..] : folder);
                }
                else if (SubmissionPaths.IsSystemFile(entry.Path))
                {
                    continue;
                }
                else if (!entry.Path.StartsWith(labRoot, StringComparison.Ordinal))
                {
                    Ignore(entry.Path, IgnoredFileReason.OutsideLab, $"file {entry.Path} — ignored: it is outside the lab folder {labRoot}");
                }
                else
                {
                    inside.Add(entry with { Path = entry.Path[labRoot.Length..] });
                }
            }

            var (studentId, idNote) = StudentIdentity.Read(inside.FirstOrDefault(e => e.Path == StudentIdentity.PropsFile && !e.IsLink)?.ReadAtMost(64 * SubmissionRules.Kilobyte));
            AddNote(idNote);

            var matched = intake._matcher.Match(inside.Select(e => e.Path)).Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var entry in inside.OrderBy(e => e.Path, StringComparer.Ordinal))
            {
                Decide(entry, matched.Contains(entry.Path));
            }

            var present = inside.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in intake._expectedPaths.Value.Where(p => !present.Contains(p)).Order(StringComparer.Ordinal))
            {
                AddNote($"{missing} is missing from your submission; the lab's original file is used.");
            }

            return new SubmissionFiles(id, studentId ?? id, SubmissionStatus.Accepted, null, labRoot, _accepted, _ignored, _notes);
        }

        private void Decide(SubmissionEntry entry, bool matched)
        {
            var path = entry.Path;
            if (entry.IsLink)
            {
                Ignore(path, IgnoredFileReason.SymbolicLink, $"symbolic link {path} — ignored: links are not followed; hand in the file itself");
                return;
            }

            var guard = GuardOf(path);
            if (guard is not null || !matched)
            {
                var reason = guard ?? IgnoredFileReason.NotSubmitted;
                var change = Compare(entry);
                if (change is not null)
                {
                    Ignore(path, reason, $"{change} {KindWord(reason)} {path} — ignored: {Explanation(reason)}");
                }

                return;
            }

            var bytes = entry.ReadAtMost(Rules.MaxFileBytes);
            if (bytes is null)
            {
                Ignore(path, IgnoredFileReason.TooLarge, $"file {path} — ignored: it is larger than the {Size(Rules.MaxFileBytes)} allowed per file{Fallback(path)}");
                return;
            }

            if (_acceptedBytes + bytes.Length > Rules.MaxTotalBytes)
            {
                Ignore(path, IgnoredFileReason.TooLarge, $"file {path} — ignored: your files together are larger than the {Size(Rules.MaxTotalBytes)} allowed{Fallback(path)}");
                return;
            }

            var (text, note) = SourceText.Decode(bytes, path);
            if (text is null)
            {
                Ignore(path, IgnoredFileReason.NotText, $"file {path} — ignored: it is not a text file{Fallback(path)}");
                return;
            }

            AddNote(note);
            _acceptedBytes += bytes.Length;
            _accepted.Add(new SubmittedFile(path, text));
        }

        /// <summary>"changed" or "extra" for a file that differs from the handout; null when it is the handout's file unchanged.</summary>
        private string? Compare(SubmissionEntry entry)
        {
            if (!Handout.Contains(entry.Path))
            {
                return "extra";
            }

            var original = Handout.Read(entry.Path, Rules.MaxFileBytes);
            var submitted = entry.ReadAtMost(Rules.MaxFileBytes);
            if (original is null || submitted is null)
            {
                return "changed";
            }

            if (entry.Path.EndsWith(".props", StringComparison.Ordinal))
            {
                // `dotnet new` writes the student id into the props file: that is not a change.
                original = StudentIdentity.WithoutId(original);
                submitted = StudentIdentity.WithoutId(submitted);
            }

            return SourceText.SameText(original, submitted) ? null : "changed";
        }

        private string Fallback(string path) =>
            Handout.Contains(path) ? "; the lab's original file is used instead" : string.Empty;

        private void Group(string folder)
        {
            if (_groupedFolders.Add(folder))
            {
                var what = folder.TrimEnd('/').Split('/')[^1] switch
                {
                    var name when name.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase) => "archive metadata",
                    var name when name.Equals(".git", StringComparison.OrdinalIgnoreCase) => "version-control folder",
                    var name when name is "bin" or "obj" or "artifacts" or "TestResults" => "build output",
                    _ => "generated folder",
                };
                Ignore(folder, IgnoredFileReason.GeneratedFolder, $"{what} {folder} — ignored");
            }
        }

        private void Ignore(string path, IgnoredFileReason reason, string message) => _ignored.Add(new IgnoredFile(path, reason, message));

        private void AddNote(string? note)
        {
            if (note is not null)
            {
                _notes.Add(note);
            }
        }

        private string Explanation(IgnoredFileReason reason) => reason switch
        {
            IgnoredFileReason.Test => "tests are not part of your submission",
            IgnoredFileReason.Snapshot => "snapshots are not part of your submission",
            IgnoredFileReason.ProjectFile => "project and build settings are not part of your submission",
            _ => $"only {string.Join(", ", Rules.Include)} {(Rules.Include.Count == 1 ? "is" : "are")} part of your submission",
        };
    }

    /// <summary>Files that are never part of a submission, whatever the lab's patterns say: tests, snapshots, project and build files.</summary>
    private static IgnoredFileReason? GuardOf(string path)
    {
        var segments = path.Split('/');
        if (segments[..^1].Any(s => s.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase)))
        {
            return IgnoredFileReason.Test;
        }

        var name = segments[^1];
        if (name.Contains(".verified.", StringComparison.OrdinalIgnoreCase) || name.Contains(".received.", StringComparison.OrdinalIgnoreCase))
        {
            return IgnoredFileReason.Snapshot;
        }

        var extension = Path.GetExtension(name).ToUpperInvariant();
        if (extension is ".CSPROJ" or ".PROPS" or ".TARGETS" or ".SLN" or ".SLNX" or ".SLNF" or ".RUNSETTINGS" or ".EDITORCONFIG"
            || name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase)
            || name.Equals("global.json", StringComparison.OrdinalIgnoreCase)
            || name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase))
        {
            return IgnoredFileReason.ProjectFile;
        }

        return null;
    }

    private static string KindWord(IgnoredFileReason reason) => reason switch
    {
        IgnoredFileReason.Test => "test file",
        IgnoredFileReason.Snapshot => "snapshot",
        IgnoredFileReason.ProjectFile => "project file",
        _ => "file",
    };

    private static string Size(long bytes) =>
        bytes >= 1024 * SubmissionRules.Kilobyte && bytes % (1024 * SubmissionRules.Kilobyte) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * SubmissionRules.Kilobyte)} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / SubmissionRules.Kilobyte} KB");
}
