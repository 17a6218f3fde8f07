using Labs.Grading.Execution;
using Labs.Grading.Results;
using ResultOutcome = Labs.Grading.Results.TestOutcome;
using RunOutcome = Labs.Grading.Execution.TestOutcome;

namespace Labs.Cli;

/// <summary>Turns what the test host reported into the grade model: outcomes and points.</summary>
internal static class ResultMapping
{
    public const string NotImplementedWords = "is not implemented yet";
    public const string ExceptionWords = "Your code threw";
    public const string EndedItselfWords = "tried to end the test itself";

    /// <summary>The grade of one expected test from its result.</summary>
    public static TestGrade Grade(ExpectedTest test, TestRunResult result)
    {
        var outcome = Outcome(result);
        return Grade(test, outcome, result.Message) with
        {
            Earned = outcome == ResultOutcome.Passed ? Max(test) : 0m,
            InstructorMessages = [.. result.Feedback.Select(f => f.Text)],
            DurationMs = result.Duration.TotalMilliseconds,
        };
    }

    /// <summary>The grade of an expected test that earns nothing, with the outcome and message given.</summary>
    public static TestGrade Grade(ExpectedTest test, ResultOutcome outcome, string message) => new()
    {
        FullName = test.FullName,
        DisplayName = test.Title,
        Task = test.Task ?? 0,
        Max = Max(test),
        Earned = 0m,
        Outcome = outcome,
        Message = message,
        Criterion = test.Criterion,
        IsHidden = !test.IsVisible,
    };

    /// <summary>The tasks the graded tests declare, in number order.</summary>
    public static IReadOnlyList<LabTask> Tasks(IEnumerable<ExpectedTest> tests) =>
        [.. tests.Where(t => t.Task is not null && t.TaskTitle is not null)
            .GroupBy(t => t.Task!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new LabTask(g.Key, g.First().TaskTitle!))];

    private static decimal Max(ExpectedTest test) => (decimal)(test.Points ?? 1);

    private static ResultOutcome Outcome(TestRunResult result) => result.Outcome switch
    {
        RunOutcome.Passed => ResultOutcome.Passed,
        RunOutcome.TimedOut => ResultOutcome.TimedOut,
        RunOutcome.Crashed => ResultOutcome.Crashed,
        RunOutcome.OutOfMemory => ResultOutcome.OutOfMemory,
        RunOutcome.Missing => ResultOutcome.Missing,
        _ when result.Message.Contains(EndedItselfWords, StringComparison.Ordinal) => ResultOutcome.Cheating,
        _ when result.Message.Contains(NotImplementedWords, StringComparison.Ordinal) => ResultOutcome.NotImplemented,
        _ when result.Message.Contains(ExceptionWords, StringComparison.Ordinal) => ResultOutcome.Error,
        _ => ResultOutcome.Failed,
    };
}
