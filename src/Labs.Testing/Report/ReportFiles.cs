using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Labs.Testing;

/// <summary>File names, the run id and the lock that keeps the report index consistent when tests run in parallel.</summary>
internal static class ReportFiles
{
    /// <summary>Folder (under the results folder) of image-check pages.</summary>
    public const string ReportFolder = "labs-report";

    /// <summary>Folder (under the results folder) of <see cref="Viewer"/> pages.</summary>
    public const string ViewerFolder = "labs-viewer";

    private const int MaxNameLength = 100;

    private static readonly ConcurrentDictionary<string, int> _usedNames = new(StringComparer.Ordinal);

    private static readonly Lazy<string> _run = new(() =>
    {
        using var process = Process.GetCurrentProcess();
        return $"{process.StartTime.ToUniversalTime():yyyyMMdd-HHmmss}-{Environment.ProcessId}";
    });

    /// <summary>Identifies this test process: its start time and process id.</summary>
    public static string Run => _run.Value;

    /// <summary>
    /// Returns a new page path in <paramref name="folder"/> named after <paramref name="name"/>. The same name used twice
    /// in one run gets "-2", "-3"…; a page of an earlier run with the same name is replaced.
    /// </summary>
    public static string NewPagePath(string folder, string name)
    {
        var stem = SafeName(name);
        var count = _usedNames.AddOrUpdate(Path.Combine(folder, stem), 1, (_, n) => n + 1);
        return Path.Combine(folder, count == 1 ? $"{stem}.html" : $"{stem}-{count}.html");
    }

    /// <summary>Turns any text into a file name of letters, digits, '.', '_' and '-' (at most 100 characters, keeping the end).</summary>
    public static string SafeName(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            var keep = char.IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or '-';
            if (keep)
            {
                text.Append(ch);
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        var safe = text.ToString().Trim('-', '.');
        if (safe.Length > MaxNameLength)
        {
            safe = safe[^MaxNameLength..].Trim('-', '.');
        }

        return safe.Length == 0 ? "page" : safe;
    }

    /// <summary>Writes <paramref name="contents"/> to a temporary file, then moves it over <paramref name="path"/>, so readers never see half a file.</summary>
    public static void WriteAtomically(string path, string contents)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, contents, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Opens <paramref name="lockPath"/> for exclusive use, waiting up to <paramref name="timeout"/> while another test
    /// (thread or process) holds it. Returns null when it stays busy; dispose the result to release the lock.
    /// </summary>
    public static FileStream? Lock(string lockPath, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < timeout)
            {
                Thread.Sleep(15);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
