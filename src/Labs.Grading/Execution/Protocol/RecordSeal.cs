using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Labs.Grading.Execution.Protocol;

/// <summary>
/// Seals host records with HMAC-SHA256 under a random key that the grader gives the host on standard input before any
/// student code is loaded. A sealed record is one line: <c>␞LABS1 base64(json).base64(hmac)</c>. The grader keeps only
/// lines whose seal checks out, so text printed by student code is never mistaken for a result.
/// </summary>
internal static class RecordSeal
{
    /// <summary>Starts every sealed record; the record is the text after the last marker on a line.</summary>
    public const string Marker = "\u001eLABS1 ";

    /// <summary>The length of a fresh key in bytes.</summary>
    public const int KeyLength = 32;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeyLength);

    public static string Seal(HostRecord record, byte[] key)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(record, ProtocolJson.Default.HostRecord);
        var payload = Convert.ToBase64String(json);
        var tag = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload)));
        return Marker + payload + "." + tag;
    }

    /// <summary>Opens a sealed record found anywhere in <paramref name="line"/>; false when there is none or its seal is wrong.</summary>
    public static bool TryOpen(string line, byte[] key, out HostRecord? record)
    {
        record = null;
        var start = line.LastIndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return false;
        }

        var body = line.AsSpan(start + Marker.Length).TrimEnd();
        var dot = body.IndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        try
        {
            var payload = body[..dot].ToString();
            var tag = Convert.FromBase64String(body[(dot + 1)..].ToString());
            var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload));
            if (!CryptographicOperations.FixedTimeEquals(tag, expected))
            {
                return false;
            }

            record = JsonSerializer.Deserialize(Convert.FromBase64String(payload), ProtocolJson.Default.HostRecord);
            return record is not null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return false;
        }
    }
}
