namespace Labs.Grading.Submissions;

/// <summary>One file (or skipped folder) of a submission, before the grader decides what to do with it.</summary>
/// <param name="Path">The path inside the submission, with <c>/</c> between folders; a skipped folder ends with <c>/</c>.</param>
/// <param name="Length">The file's size in bytes as the folder or zip states it.</param>
/// <param name="IsLink">True for a symbolic link.</param>
/// <param name="Open">Opens the file's content for reading; null for a skipped folder.</param>
internal sealed record SubmissionEntry(string Path, long Length, bool IsLink, Func<Stream>? Open)
{
    public bool IsSkippedFolder => Path.EndsWith('/');

    /// <summary>Reads the whole file if it has at most <paramref name="maxBytes"/> bytes; otherwise null.</summary>
    public byte[]? ReadAtMost(long maxBytes)
    {
        if (Open is null || Length > maxBytes)
        {
            return null;
        }

        using var stream = Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            // The stated length may lie (a crafted zip): stop as soon as the content is longer than allowed.
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
