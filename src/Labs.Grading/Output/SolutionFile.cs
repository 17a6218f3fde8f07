namespace Labs.Grading.Output;

/// <summary>One file of the instructor's sample solution, appended to the feedback when the instructor passes it.</summary>
/// <param name="Path">The file's path in the lab as students know it, e.g. <c>Lab/Filters.cs</c>.</param>
/// <param name="Source">The file's full source text.</param>
public sealed record SolutionFile(string Path, string Source);
