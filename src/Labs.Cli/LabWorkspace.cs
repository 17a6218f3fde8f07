using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Labs.Grading.Labs;

namespace Labs.Cli;

/// <summary>
/// A private copy of a lab, built once: the hidden tests (against the lab's public API) and the pristine lab the
/// compiler starts from. The lab's own folder is never built in, so the repository's templates stay clean.
/// </summary>
internal sealed class LabWorkspace
{
    private const string SharedProps = "Labs.props";

    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", ".vs", "TestResults"];

    private LabWorkspace(string root, LabDefinition lab)
    {
        Root = root;
        Lab = lab;
    }

    /// <summary>The folder holding the copy (its lab folder is <see cref="LabDefinition.Root"/> of <see cref="Lab"/>).</summary>
    public string Root { get; }

    /// <summary>The copied lab.</summary>
    public LabDefinition Lab { get; }

    /// <summary>The compiled hidden tests, once <see cref="BuildHiddenTestsAsync"/> has run.</summary>
    public string HiddenTestAssembly { get; private set; } = "";

    /// <summary>
    /// Copies <paramref name="lab"/> into a work folder kept per lab under the system's temporary folder, so that a second run
    /// builds incrementally. A lab inside the repository's templates/ keeps that folder's build settings.
    /// </summary>
    public static LabWorkspace Create(LabDefinition lab)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(lab.Root)))[..12].ToLowerInvariant();
        var root = Path.Combine(Path.GetTempPath(), "labs-grading", $"{lab.Name}-{key}");
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

        return new LabWorkspace(root, LabDefinition.Load(copy));
    }

    /// <summary>Builds the hidden tests (and with them the lab) once, in Release, with <c>dotnet build</c>.</summary>
    public async Task BuildHiddenTestsAsync(CancellationToken cancellationToken)
    {
        var project = Lab.HiddenTestProjectPath;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        foreach (var argument in new[] { "build", project, "-c", "Release", "-nologo", "-v", "q", "-nodeReuse:false", "-p:UseSharedCompilation=false" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started; is the .NET SDK installed?");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"dotnet build {project} failed (exit code {process.ExitCode}), so the hidden tests cannot run. Fix the lab's hidden tests until 'dotnet build' succeeds:\n{(await output.ConfigureAwait(false)).Trim()}\n{(await error.ConfigureAwait(false)).Trim()}");
        }

        var name = Path.GetFileNameWithoutExtension(project) + ".dll";
        var bin = Path.Combine(Path.GetDirectoryName(project)!, "bin", "Release");
        HiddenTestAssembly = Directory.EnumerateFiles(bin, name, SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}ref{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"dotnet build {project} succeeded but wrote no {name} under {bin}.");
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
