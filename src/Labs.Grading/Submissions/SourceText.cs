using System.Text;

namespace Labs.Grading.Submissions;

/// <summary>Turns the bytes of a submitted file into text, coping with byte-order marks and files not saved as UTF-8.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text and, when it was not UTF-8, a note for the student; null text when it is not a text file.</summary>
    public static (string? Text, string? Note) Decode(byte[] bytes, string path)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return (null, null);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.Latin1.GetString(bytes), $"{path} is not saved as UTF-8; it was read as Latin-1 (ISO-8859-1). Save your files as UTF-8 so that every character arrives as you wrote it.");
        }
    }

    /// <summary>True when two files hold the same text apart from a byte-order mark and Windows line ends.</summary>
    public static bool SameText(byte[] first, byte[] second) =>
        Normalise(first).AsSpan().SequenceEqual(Normalise(second));

    private static byte[] Normalise(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return [.. bytes.Skip(start).Where(b => b != (byte)'\r')];
    }
}
