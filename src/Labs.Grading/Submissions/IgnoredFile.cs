namespace Labs.Grading.Submissions;

/// <summary>A file (or folder) of a submission that the grader left out, with the reason in words for the student.</summary>
/// <param name="RelativePath">The path inside the submission's lab folder, e.g. <c>Lab.Tests/FilterTests.cs</c>; folders end with <c>/</c>.</param>
/// <param name="Reason">The kind of reason, for tools that count or sort.</param>
/// <param name="Message">The sentence for the feedback, e.g. "changed test file Lab.Tests/FilterTests.cs — ignored: tests are not part of your submission".</param>
public sealed record IgnoredFile(string RelativePath, IgnoredFileReason Reason, string Message);
