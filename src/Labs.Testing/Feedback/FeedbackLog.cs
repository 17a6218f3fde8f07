using System.Text.Json;
using NUnit.Framework;

namespace Labs.Testing.Feedback;

/// <summary>
/// Keeps the instructor's 'correct' and 'wrong' messages of each check so that grade reports can show them.
/// Each message is printed to the test output and, when the environment variable <c>LABS_FEEDBACK_FILE</c> names a file
/// (the grader sets it), appended to that file as one JSON object per line:
/// <c>{"test":"…","passed":true,"message":"…"}</c>.
/// </summary>
public static class FeedbackLog
{
    /// <summary>The environment variable naming the JSON-lines file that collects feedback messages.</summary>
    public const string FileVariable = "LABS_FEEDBACK_FILE";

    private static readonly Lock Gate = new();

    /// <summary>Records one instructor message for the current test.</summary>
    /// <param name="passed">Whether the check passed (the 'correct' message) or failed (the 'wrong' message).</param>
    /// <param name="message">The message, Markdown with inline math allowed.</param>
    public static void Record(bool passed, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var test = TestContext.CurrentContext?.Test?.FullName ?? "(no test)";
        if (passed)
        {
            TestContext.Out.WriteLine($"✓ {message}");
        }

        var path = Environment.GetEnvironmentVariable(FileVariable);
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var line = JsonSerializer.Serialize(new Entry(test, passed, message));
        lock (Gate)
        {
            File.AppendAllText(path, line + "\n");
        }
    }

    private sealed record Entry(
        [property: System.Text.Json.Serialization.JsonPropertyName("test")] string Test,
        [property: System.Text.Json.Serialization.JsonPropertyName("passed")] bool Passed,
        [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message);
}
