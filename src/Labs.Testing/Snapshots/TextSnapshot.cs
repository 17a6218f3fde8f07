using System.Text;

namespace Labs.Testing.Snapshots;

/// <summary>Checks text against a <c>.verified.txt</c> file. Line endings are compared as '\n' on every operating system.</summary>
internal static class TextSnapshot
{
    /// <summary>The file extension of text snapshots.</summary>
    public const string Extension = "txt";

    /// <summary>The word that names this kind of snapshot in messages.</summary>
    public const string Kind = "Text snapshot";

    // UTF-8 without a byte-order mark, so that the files diff cleanly everywhere.
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares <paramref name="text"/> with the verified file at <paramref name="location"/>.</summary>
    /// <param name="text">The output to check.</param>
    /// <param name="location">Where the snapshot's files are.</param>
    /// <param name="settings">Whether to accept, and whether to open a diff tool.</param>
    public static SnapshotResult Verify(string text, SnapshotLocation location, SnapshotSettings settings)
    {
        var received = location.Received(Extension);
        var verified = location.Verified(Extension);
        var normalized = Normalize(text);
        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified, _utf8)) : null;

        if (expected == normalized)
        {
            SnapshotFiles.Delete(received);
            return SnapshotResult.Pass;
        }

        if (settings.Accept)
        {
            SnapshotFiles.Write(verified, path => File.WriteAllText(path, normalized, _utf8));
            SnapshotFiles.Delete(received);
            return new SnapshotResult(true, SnapshotMessages.Accepted(Kind, location.Name, verified));
        }

        SnapshotFiles.Write(received, path => File.WriteAllText(path, normalized, _utf8));
        SnapshotFiles.LaunchDiffTool(settings, received, verified);
        var message = expected is null
            ? SnapshotMessages.NoVerifiedFile(Kind, location.Name, received, verified, location.ReceivedElsewhere)
            : SnapshotMessages.Mismatch(Kind, location.Name, FirstDifference(normalized, expected), received, verified, receivedElsewhere: location.ReceivedElsewhere);
        return new SnapshotResult(false, message);
    }

    /// <summary>Uses '\n' for every line break.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Describes the first line where <paramref name="actual"/> and <paramref name="expected"/> differ, numbered from 1.</summary>
    public static string FirstDifference(string actual, string expected)
    {
        var actualLines = actual.Split('\n');
        var expectedLines = expected.Split('\n');
        for (var i = 0; i < Math.Max(actualLines.Length, expectedLines.Length); i++)
        {
            var line = i + 1;
            if (i >= actualLines.Length)
            {
                return $"the received text ends after line {i}, but the verified file goes on with line {line}: \"{expectedLines[i]}\".";
            }

            if (i >= expectedLines.Length)
            {
                return $"the verified file ends after line {i}, but the received text goes on with line {line}: \"{actualLines[i]}\".";
            }

            if (actualLines[i] != expectedLines[i])
            {
                return $"line {line} is \"{actualLines[i]}\" but the verified file has \"{expectedLines[i]}\".";
            }
        }

        return "the texts differ.";
    }
}
