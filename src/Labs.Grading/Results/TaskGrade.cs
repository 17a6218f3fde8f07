namespace Labs.Grading.Results;

/// <summary>The points a submission earned for one task of the handout: the sum over that task's tests, before any late penalty.</summary>
/// <param name="Number">The task number printed in the handout.</param>
/// <param name="Title">The task title printed in the handout.</param>
/// <param name="Earned">Points earned by the task's tests.</param>
/// <param name="Max">Points the task's tests are worth together.</param>
public sealed record TaskGrade(int Number, string Title, decimal Earned, decimal Max);
