using System.Diagnostics;
using System.Globalization;

namespace Labs.Grading.Submissions;

/// <summary>Finds out when a submission was handed in, from the source the instructor chose.</summary>
/// <example>
/// <code>
/// var handedIn = SubmissionTime.From(SubmissionTimeSource.File, "submissions/alice.zip"); // reads submissions/alice.submitted_at
/// var lateness = lab.Configuration.Late.Assess(handedIn);
/// </code>
/// </example>
public static class SubmissionTime
{
    /// <summary>The extension of the file that records when a submission was handed in.</summary>
    public const string FileExtension = ".submitted_at";

    /// <summary>When the submission at <paramref name="submissionPath"/> was handed in, according to <paramref name="source"/>.</summary>
    /// <param name="source">Where to look: a <c>.submitted_at</c> file next to the submission, git, or file times.</param>
    /// <param name="submissionPath">The submission's folder or zip file.</param>
    /// <returns>The time with its offset, or null when the source does not know it (no such file, not a git repository, <see cref="SubmissionTimeSource.None"/>).</returns>
    /// <exception cref="FormatException">The <c>.submitted_at</c> file does not hold an ISO-8601 time with offset.</exception>
    public static DateTimeOffset? From(SubmissionTimeSource source, string submissionPath)
    {
        ArgumentNullException.ThrowIfNull(submissionPath);
        var path = Path.GetFullPath(submissionPath.TrimEnd('/', Path.DirectorySeparatorChar));
        return source switch
        {
            SubmissionTimeSource.File => FromFile(path),
            SubmissionTimeSource.Git => Directory.Exists(path) ? FromGit(path) : null,
            SubmissionTimeSource.ModifiedTime => FromModifiedTime(path),
            _ => null,
        };
    }

    /// <summary>The path of the <c>.submitted_at</c> file that belongs to a submission: <c>alice.submitted_at</c> for <c>alice/</c> or <c>alice.zip</c>.</summary>
    /// <param name="submissionPath">The submission's folder or zip file.</param>
    /// <returns>The path of the file, next to the submission.</returns>
    public static string FilePathFor(string submissionPath)
    {
        ArgumentNullException.ThrowIfNull(submissionPath);
        var path = Path.GetFullPath(submissionPath.TrimEnd('/', Path.DirectorySeparatorChar));
        var name = File.Exists(path) ? Path.GetFileNameWithoutExtension(path) : Path.GetFileName(path);
        return Path.Combine(Path.GetDirectoryName(path)!, name + FileExtension);
    }

    private static DateTimeOffset? FromFile(string path)
    {
        var file = FilePathFor(path);
        if (!File.Exists(file))
        {
            return null;
        }

        var text = File.ReadAllText(file).Trim();
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) || !HasOffset(text))
        {
            throw new FormatException($"{file} must hold one ISO-8601 time with its offset, e.g. 2025-03-14T23:59:00+01:00; it holds \"{text}\".");
        }

        return time;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static DateTimeOffset? FromGit(string folder)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-C", folder, "log", "-1", "--format=%cI" })
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start);
        if (git is null)
        {
            return null;
        }

        var output = git.StandardOutput.ReadToEnd();
        git.StandardError.ReadToEnd();
        git.WaitForExit();
        return git.ExitCode == 0 && DateTimeOffset.TryParse(output.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
    }

    private static DateTimeOffset? FromModifiedTime(string path)
    {
        if (File.Exists(path))
        {
            return new DateTimeOffset(File.GetLastWriteTimeUtc(path));
        }

        var newest = SubmissionReader.ReadFolder(path)
            .Where(e => !e.IsSkippedFolder && !e.IsLink)
            .Select(e => File.GetLastWriteTimeUtc(Path.Combine(path, e.Path)))
            .DefaultIfEmpty()
            .Max();
        return newest == default ? null : new DateTimeOffset(newest);
    }
}
