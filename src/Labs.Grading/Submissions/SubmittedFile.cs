namespace Labs.Grading.Submissions;

/// <summary>One file of a student's work that the grader accepted, with its text.</summary>
/// <param name="RelativePath">The path inside the lab folder with <c>/</c> between folders, e.g. <c>Lab/Filtering.cs</c>.</param>
/// <param name="Text">The file's text, without a byte-order mark.</param>
public sealed record SubmittedFile(string RelativePath, string Text);
