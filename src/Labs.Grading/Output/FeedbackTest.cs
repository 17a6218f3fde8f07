using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>One test line in the feedback; <see cref="Message"/> and <see cref="InstructorMessages"/> are empty when the instructor hides details.</summary>
internal sealed record FeedbackTest(
    string Name,
    bool Passed,
    string Outcome,
    decimal Earned,
    decimal Max,
    string Message,
    string? Criterion,
    IReadOnlyList<string> InstructorMessages,
    bool IsHidden)
{
    /// <summary>The feedback line for <paramref name="test"/>, with or without its messages.</summary>
    public static FeedbackTest From(TestGrade test, bool withDetails) => new(
        test.DisplayName,
        test.Outcome == TestOutcome.Passed,
        OutcomeWords.Of(test.Outcome),
        test.Earned,
        test.Max,
        withDetails ? test.Message : "",
        test.Criterion,
        withDetails ? test.InstructorMessages : [],
        test.IsHidden);
}
