using System.Security.Cryptography;
using System.Text;
using Labs.Grading.Compilation;
using Labs.Grading.Labs;

namespace Labs.Cli;

/// <summary>
/// A private copy of a lab, built once: the hidden and visible tests (against the lab's public API) and the pristine
/// lab the compiler starts from. The lab's own folder is never built in, so the repository's templates stay clean.
/// </summary>
internal sealed class LabWorkspace
{
    private const string SharedProps = "Labs.props";

    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", ".vs", "TestResults"];

    private LabWorkspace(string root, LabDefinition lab, IReadOnlyList<string> builtTests)
    {
        Root = root;
        Lab = lab;
        HiddenTestAssembly = builtTests[0];
        VisibleTestAssemblies = [.. builtTests.Skip(1)];
    }

    /// <summary>The folder holding the copy (its lab folder is <see cref="LabDefinition.Root"/> of <see cref="Lab"/>).</summary>
    public string Root { get; }

    /// <summary>The copied lab.</summary>
    public LabDefinition Lab { get; }

    /// <summary>The compiled hidden tests.</summary>
    public string HiddenTestAssembly { get; }

    /// <summary>The compiled visible tests of the pristine lab (usually one assembly).</summary>
    public IReadOnlyList<string> VisibleTestAssemblies { get; }

    /// <summary>
    /// Copies <paramref name="lab"/> into a work folder kept per lab under the system's temporary folder (so that a second
    /// run builds incrementally) and builds its tests there. A lab inside the repository's templates/ keeps that
    /// folder's build settings. Two graders started at once take turns: the second waits, then finds the build done.
    /// </summary>
    /// <param name="lab">The lab to grade.</param>
    /// <param name="say">Where to tell the instructor what is happening.</param>
    /// <param name="cancellationToken">Stops the preparation.</param>
    public static async Task<LabWorkspace> PrepareAsync(LabDefinition lab, Action<string> say, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(lab.Root)))[..12].ToLowerInvariant();
        var root = Path.Combine(Path.GetTempPath(), "labs-grading", $"{lab.Name}-{key}");
        Directory.CreateDirectory(root);
        using var hold = await LockAsync(root, say, cancellationToken).ConfigureAwait(false);
        var copy = Path.Combine(root, lab.Name);
        Directory.CreateDirectory(copy);
        CopyFolder(lab.Root, copy);
        var parentTargets = Path.Combine(Path.GetDirectoryName(lab.Root)!, "Directory.Build.targets");
        var targets = File.Exists(parentTargets)
            ? $"<Project>\n  <Import Project=\"{parentTargets}\" />\n</Project>\n"
            : "<Project />\n";
        WriteIfChanged(Path.Combine(root, "Directory.Build.targets"), targets);
        WriteIfChanged(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        if (!File.Exists(Path.Combine(lab.Root, SharedProps)) && FileAbove(Path.GetDirectoryName(lab.Root)!, SharedProps) is { } shared)
        {
            // The lab imports the settings every lab shares (Labs.props) from a folder above it.
            WriteIfChanged(Path.Combine(root, SharedProps), File.ReadAllText(shared));
        }

        // The hidden and visible tests (and with them the pristine lab) in one build; the visible tests are the lab's
        // own, never a student's copy.
        var copied = LabDefinition.Load(copy);
        say($"Building the hidden and visible tests once in {root} …");
        var built = await TestProjectBuild.BuildAsync([copied.HiddenTestProjectPath, .. copied.VisibleTestProjectPaths], cancellationToken: cancellationToken).ConfigureAwait(false);
        return new LabWorkspace(root, copied, built);
    }

    /// <summary>
    /// Waits until no other grader prepares the work folder <paramref name="root"/>, then holds it until the returned
    /// lock is disposed, so that two graders started at once do not build into the same folders.
    /// </summary>
    private static async Task<IDisposable> LockAsync(string root, Action<string> waiting, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, ".prepare.lock");
        var told = false;
        while (true)
        {
            try
            {
                // The file stays; only the lock on it matters (deleting it on close could let a third grader in too early).
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                if (!told)
                {
                    waiting($"Another grader is preparing the same lab in {root}; waiting for it to finish …");
                    told = true;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string? FileAbove(string folder, string name)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var path = Path.Combine(current.FullName, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            var target = Path.Combine(to, Path.GetFileName(file));
            var source = new FileInfo(file);
            var existing = new FileInfo(target);
            if (!existing.Exists || existing.Length != source.Length || existing.LastWriteTimeUtc != source.LastWriteTimeUtc)
            {
                File.Copy(file, target, overwrite: true);
                File.SetLastWriteTimeUtc(target, source.LastWriteTimeUtc);
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(folder)))
            {
                CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
            }
        }
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }
    }
}
