using System.Text.Json;

namespace Labs.Grading.Execution;

/// <summary>
/// Reads the instructor messages that Labs.Testing appended to <c>LABS_FEEDBACK_FILE</c> while tests ran
/// (one JSON object per line: <c>{"test":"…","passed":true,"message":"…"}</c>). Student code can write to the same
/// file, so every line is untrusted display text: malformed lines are skipped and the amount kept is capped.
/// </summary>
internal static class FeedbackFile
{
    private const int MaxMessagesPerTest = 50;
    private const long MaxFileBytes = 4L << 20;

    public static void ReadInto(string path, Dictionary<string, List<InstructorMessage>> messages, int maxTextLength)
    {
        if (!File.Exists(path) || new FileInfo(path).Length > MaxFileBytes)
        {
            return;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (Parse(line) is not ({ } test, var passed, { } text) || !messages.TryGetValue(test, out var list))
            {
                continue;
            }

            if (list.Count < MaxMessagesPerTest)
            {
                list.Add(new InstructorMessage(passed, text.Length > maxTextLength ? text[..maxTextLength] : text));
            }
        }
    }

    private static (string? Test, bool Passed, string? Text) Parse(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("test", out var test) && test.ValueKind == JsonValueKind.String
                && root.TryGetProperty("passed", out var passed) && passed.ValueKind is JsonValueKind.True or JsonValueKind.False
                && root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                return (test.GetString(), passed.GetBoolean(), message.GetString());
            }
        }
        catch (JsonException)
        {
            // Not ours, or damaged: skip.
        }

        return (null, false, null);
    }
}
