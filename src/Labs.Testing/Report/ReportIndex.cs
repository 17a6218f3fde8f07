using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Labs.Testing;

/// <summary>
/// The index page <c>TestResults/labs-report.html</c>: one link to every visual report and viewer page, failing checks
/// first. Each page leaves a small entry file beside it and the index is rebuilt from all entries under a lock file,
/// so tests running in parallel (threads or processes) never lose a line.
/// </summary>
/// <example>
/// <code>
/// Console.WriteLine(ReportIndex.IndexPath); // …/bin/Debug/net10.0/TestResults/labs-report.html
/// </code>
/// </example>
public static class ReportIndex
{
    /// <summary>File name of the index, inside the results folder.</summary>
    public const string FileName = "labs-report.html";

    private static readonly TimeSpan _lockTimeout = TimeSpan.FromSeconds(10);

    private static readonly JsonSerializerOptions _json = new() { WriteIndented = true };

    /// <summary>
    /// Full path of the index for the current test or program: <c>TestResults/labs-report.html</c> under the test's
    /// work directory, or under the folder named by the <c>LABS_REPORT_DIR</c> environment variable.
    /// </summary>
    public static string IndexPath => Path.Combine(ReportContext.ResultsDirectory, FileName);

    /// <summary>Rebuilds the index from the pages recorded so far and returns its path.</summary>
    public static string Rebuild() => Rebuild(ReportContext.ResultsDirectory);

    /// <summary>Records a page and rebuilds the index of <paramref name="resultsDirectory"/>.</summary>
    internal static string Add(string resultsDirectory, ReportEntry entry)
    {
        var entries = EntriesDirectory(resultsDirectory);
        Directory.CreateDirectory(entries);
        using (Lock(resultsDirectory))
        {
            ReportFiles.WriteAtomically(
                Path.Combine(entries, ReportFiles.SafeName(entry.Page) + ".json"),
                JsonSerializer.Serialize(entry, _json));
            return WriteIndex(resultsDirectory);
        }
    }

    /// <summary>Rebuilds the index of <paramref name="resultsDirectory"/> from its entry files.</summary>
    internal static string Rebuild(string resultsDirectory)
    {
        Directory.CreateDirectory(EntriesDirectory(resultsDirectory));
        using (Lock(resultsDirectory))
        {
            return WriteIndex(resultsDirectory);
        }
    }

    /// <summary>Reads every entry of <paramref name="resultsDirectory"/>, skipping damaged files and pages that were deleted.</summary>
    internal static List<ReportEntry> ReadEntries(string resultsDirectory)
    {
        var entries = new List<ReportEntry>();
        var folder = EntriesDirectory(resultsDirectory);
        if (!Directory.Exists(folder))
        {
            return entries;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            try
            {
                var entry = JsonSerializer.Deserialize<ReportEntry>(File.ReadAllText(file));
                if (entry is not null && File.Exists(Path.Combine(resultsDirectory, entry.Page)))
                {
                    entries.Add(entry);
                }
            }
            catch (Exception e) when (e is JsonException or IOException)
            {
                // A damaged or vanished entry must never break the test that writes the index.
            }
        }

        return entries;
    }

    private static string EntriesDirectory(string resultsDirectory) =>
        Path.Combine(resultsDirectory, ReportFiles.ReportFolder, "entries");

    private static FileStream? Lock(string resultsDirectory) =>
        ReportFiles.Lock(Path.Combine(resultsDirectory, ReportFiles.ReportFolder, ".index.lock"), _lockTimeout);

    private static string WriteIndex(string resultsDirectory)
    {
        var path = Path.Combine(resultsDirectory, FileName);
        ReportFiles.WriteAtomically(path, ToHtml(ReadEntries(resultsDirectory)));
        return path;
    }

    private static string ToHtml(List<ReportEntry> entries)
    {
        var latest = entries.Count == 0 ? null : entries.MaxBy(e => e.Written)!.Run;
        var current = Sorted(entries.Where(e => e.Run == latest));
        var earlier = Sorted(entries.Where(e => e.Run != latest));
        var failed = current.Count(e => e.Kind == "failed");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Labs report</title>\n<style>")
            .Append(IndexStyle).Append("</style>\n</head>\n<body>\n<h1>Labs report</h1>\n<p class=\"summary\">");
        html.Append(current.Count == 0
            ? "No visual reports yet: they appear here when an image check fails or a test calls Viewer.Show."
            : $"Latest run: {current.Count} page(s), {failed} failing image check(s).");
        html.Append("</p>\n");
        AppendTable(html, current);
        if (earlier.Count > 0)
        {
            html.Append("<details>\n<summary>Earlier runs (").Append(earlier.Count).Append(" page(s))</summary>\n");
            AppendTable(html, earlier);
            html.Append("</details>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static List<ReportEntry> Sorted(IEnumerable<ReportEntry> entries) =>
        [.. entries.OrderBy(e => e.Kind switch { "failed" => 0, "passed" => 1, _ => 2 })
            .ThenBy(e => e.Test ?? e.Title, StringComparer.Ordinal)
            .ThenBy(e => e.Written)];

    private static void AppendTable(StringBuilder html, List<ReportEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        html.Append("<table>\n<thead><tr><th>Result</th><th>Page</th><th>Test</th><th>Student</th><th>Written</th></tr></thead>\n<tbody>\n");
        foreach (var e in entries)
        {
            var href = string.Join('/', e.Page.Split('/').Select(Uri.EscapeDataString));
            html.Append("<tr><td><span class=\"badge ").Append(ReportPage.Escape(e.Kind)).Append("\">").Append(ReportPage.Escape(e.Kind)).Append("</span></td>")
                .Append("<td><a href=\"").Append(ReportPage.Escape(href)).Append("\">").Append(ReportPage.Escape(e.Title)).Append("</a></td>")
                .Append("<td class=\"test\">").Append(ReportPage.Escape(e.Test ?? "—")).Append("</td>")
                .Append("<td>").Append(ReportPage.Escape(e.Student ?? "—")).Append("</td>")
                .Append("<td>").Append(e.Written.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private const string IndexStyle = """
        body { margin: 0; padding: 20px 24px; background: #eef1f5; color: #1f2933; font: 14px/1.45 system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        h1 { font-size: 20px; margin: 0 0 4px; }
        .summary { color: #616e7c; margin: 0 0 12px; }
        table { border-collapse: collapse; background: #fff; border: 1px solid #d9dee5; border-radius: 8px; width: 100%; margin-bottom: 12px; }
        th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #eceff3; vertical-align: top; }
        th { color: #616e7c; font-weight: 500; }
        td.test { color: #616e7c; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; overflow-wrap: anywhere; }
        a { color: #2f6fde; }
        .badge { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 12px; font-weight: 600; }
        .badge.failed { background: #fde8e6; color: #b42318; }
        .badge.passed { background: #e3f6ea; color: #1d7a3e; }
        .badge.viewer { background: #e6eefc; color: #2f5fb8; }
        details summary { cursor: pointer; color: #616e7c; margin: 8px 0; }
        """;
}
