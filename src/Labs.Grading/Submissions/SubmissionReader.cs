using System.IO.Compression;

namespace Labs.Grading.Submissions;

/// <summary>Lists the files of a submission folder or zip without unpacking anything to disk.</summary>
internal static class SubmissionReader
{
    /// <summary>The most files a submission may hold; a lab has a few dozen.</summary>
    public const int MaxEntries = 20_000;

    /// <summary>Lists the files of a folder; generated folders (bin/, obj/, .git/, …) are listed once and not entered, links are not followed.</summary>
    public static List<SubmissionEntry> ReadFolder(string root)
    {
        var entries = new List<SubmissionEntry>();
        var pending = new Stack<(DirectoryInfo Folder, string Relative)>();
        pending.Push((new DirectoryInfo(root), string.Empty));
        while (pending.Count > 0 && entries.Count <= MaxEntries)
        {
            var (folder, relative) = pending.Pop();
            foreach (var item in folder.EnumerateFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal))
            {
                var path = relative + item.Name;
                var isLink = item.LinkTarget is not null;
                if (item is DirectoryInfo directory)
                {
                    if (isLink)
                    {
                        entries.Add(new SubmissionEntry(path, 0, true, null));
                    }
                    else if (SubmissionPaths.IsGeneratedFolder(item.Name))
                    {
                        entries.Add(new SubmissionEntry(path + "/", 0, false, null));
                    }
                    else
                    {
                        pending.Push((directory, path + "/"));
                    }
                }
                else if (item is FileInfo file)
                {
                    entries.Add(new SubmissionEntry(path, isLink ? 0 : file.Length, isLink, isLink ? null : file.OpenRead));
                }
            }
        }

        return entries;
    }

    /// <summary>Lists the files of an open zip archive; directory entries are left out and <c>\</c> becomes <c>/</c>.</summary>
    public static List<SubmissionEntry> ReadZip(ZipArchive archive)
    {
        var entries = new List<SubmissionEntry>();
        foreach (var entry in archive.Entries)
        {
            var path = entry.FullName.Replace('\\', '/');
            if (path.Length == 0 || path.EndsWith('/'))
            {
                continue;
            }

            // Unix file type in the high 16 bits of the external attributes: 0xA000 marks a symbolic link.
            var isLink = ((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000;
            entries.Add(new SubmissionEntry(path, entry.Length, isLink, isLink ? null : entry.Open));
        }

        return entries;
    }
}
