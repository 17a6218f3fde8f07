namespace Labs.Grading;

/// <summary>Facts shared by every part of the grader.</summary>
public static class Grading
{
    /// <summary>The version of the grader, written into every grade file.</summary>
    public static string Version { get; } =
        typeof(Grading).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
