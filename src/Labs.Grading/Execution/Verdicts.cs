using System.Globalization;

namespace Labs.Grading.Execution;

/// <summary>The student-facing reasons the grader gives when a test could not report for itself.</summary>
internal static class Verdicts
{
    public static string Seconds(TimeSpan time) =>
        time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    public static string TimedOut(TimeSpan limit) =>
        $"The test did not finish within {Seconds(limit)} and was stopped. Look for a loop that never ends, or code that is far too slow.";

    public static string SetupTimedOut(string suite, TimeSpan limit) =>
        $"The setup of {suite} did not finish within {Seconds(limit)} and was stopped, so this test never ran.";

    public static string StartupTimedOut(TimeSpan limit) =>
        $"The test program did not start within {Seconds(limit)}, so this test never ran.";

    public static string TotalTimedOut(TimeSpan limit) =>
        $"All tests together took longer than {Seconds(limit)}, so this test never ran.";

    public static string TotalTimedOutWhileRunning(TimeSpan limit) =>
        $"All tests together reached their time limit of {Seconds(limit)} while this test ran, so it was stopped.";

    public static string OutOfMemory(int megabytes) =>
        string.Create(CultureInfo.InvariantCulture, $"Your code used more than {megabytes} MB of memory, the limit for one test.");

    public const string Missing =
        "No result came back for this test, so it counts as failed. The test may be missing from the hidden tests, or the test program stopped before it reported.";

    /// <summary>Explains why the host process died while a test ran, from its exit code and what the runtime wrote to standard error.</summary>
    public static (TestOutcome Outcome, string Message) Crash(int exitCode, string errorText, int memoryMegabytes)
    {
        if (errorText.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            return (TestOutcome.Crashed,
                "The test program crashed with a stack overflow: a method kept calling itself. Check that your recursion reaches a case that stops it.");
        }

        if (errorText.Contains("OutOfMemory", StringComparison.Ordinal) || errorText.Contains("Out of memory", StringComparison.OrdinalIgnoreCase))
        {
            return (TestOutcome.OutOfMemory, OutOfMemory(memoryMegabytes));
        }

        var code = exitCode.ToString(CultureInfo.InvariantCulture);
        var lastLine = errorText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return lastLine is null
            ? (TestOutcome.Crashed,
                $"Your code ended the whole test program (exit code {code}), for example with Environment.Exit, so the test could not finish.")
            : (TestOutcome.Crashed, $"The test program crashed (exit code {code}): {lastLine}");
    }
}
