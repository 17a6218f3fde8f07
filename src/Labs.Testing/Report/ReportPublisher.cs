using System.Text;

namespace Labs.Testing;

/// <summary>Writes a page into the results folder, records it in the index and tells the student where it is.</summary>
internal static class ReportPublisher
{
    /// <summary>
    /// Writes <paramref name="page"/> as <c>&lt;results&gt;/&lt;folder&gt;/&lt;name&gt;.html</c>, adds it to the index and
    /// announces it with <paramref name="announcement"/> followed by the page's <c>file:///</c> address. Returns the full path.
    /// </summary>
    public static string Publish(ReportPage page, string folder, string name, string kind, string? student, string announcement)
    {
        var results = ReportContext.ResultsDirectory;
        var directory = Path.Combine(results, folder);
        Directory.CreateDirectory(directory);
        var path = ReportFiles.NewPagePath(directory, name);
        File.WriteAllText(path, page.ToHtml(), new UTF8Encoding(false));
        var relative = Path.GetRelativePath(results, path).Replace(Path.DirectorySeparatorChar, '/');
        ReportIndex.Add(results, new ReportEntry(relative, page.Title, kind, ReportContext.TestFullName, student, DateTimeOffset.Now, ReportFiles.Run));
        ReportContext.Announce($"{announcement}: {ReportContext.FileUri(path)}", path, announcement);
        return path;
    }
}
