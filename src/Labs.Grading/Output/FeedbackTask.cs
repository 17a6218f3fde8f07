using System.Globalization;

namespace Labs.Grading.Output;

/// <summary>One task in the feedback: its points, the tests shown, and a summary line for hidden tests that are not listed.</summary>
internal sealed record FeedbackTask(int Number, string Title, decimal Earned, decimal Max, IReadOnlyList<FeedbackTest> Tests, string? HiddenSummary)
{
    /// <summary>The task's heading, e.g. "Task 1: Blur".</summary>
    public string Heading => Number == 0 ? Title : string.Create(CultureInfo.InvariantCulture, $"Task {Number}: {Title}");
}
