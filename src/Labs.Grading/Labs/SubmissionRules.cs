namespace Labs.Grading.Labs;

/// <summary>
/// Which files of a student's lab folder count as the submission, and how large they may be.
/// Paths are relative to the lab folder (the one holding <c>Lab/</c>) and use <c>/</c>.
/// Tests, snapshots, project files and build output never count, whatever the patterns say.
/// </summary>
/// <param name="Include">Glob patterns of the files that are the student's work, e.g. <c>Lab/**/*.cs</c>.</param>
/// <param name="Exclude">Glob patterns of files to leave out even though <paramref name="Include"/> matches them.</param>
/// <param name="MaxFileBytes">The largest accepted file in bytes; larger files are ignored with a reason.</param>
/// <param name="MaxTotalBytes">The most bytes accepted from one submission in all; files past it are ignored with a reason.</param>
/// <example>
/// <code>var rules = SubmissionRules.Default with { Include = ["Lab/**/*.cs", "Lab/answers.md"] };</code>
/// </example>
public sealed record SubmissionRules(
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    long MaxFileBytes,
    long MaxTotalBytes)
{
    /// <summary>One kibibyte (1024 bytes), the unit of the size limits in <c>grading.json</c>.</summary>
    public const long Kilobyte = 1024;

    /// <summary>The rules used when <c>grading.json</c> says nothing: every C# file of <c>Lab/</c> outside bin/ and obj/, up to 1 MB each and 4 MB in all.</summary>
    public static SubmissionRules Default { get; } = new(
        ["Lab/**/*.cs"],
        ["Lab/obj/**", "Lab/bin/**"],
        1024 * Kilobyte,
        4 * 1024 * Kilobyte);
}
