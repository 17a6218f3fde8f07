using Labs.Grading.Results;
using Labs.Testing.Classroom;

namespace Labs.Grading.Output;

/// <summary>
/// Turns a grade into runner results for <c>classroom-resources/autograding-grading-reporter</c>, split so that the
/// reporter's two totals always agree.
/// </summary>
/// <remarks>
/// The split (one runner per task and test weight, checked with the reporter's own arithmetic) is
/// <see cref="ClassroomRunners.Split"/> of Labs.Testing, the same one a lab's visible tests use in the student's
/// workflow (<see cref="ClassroomResultsAttribute"/>). Classroom sees the test points before any late penalty:
/// lateness is shown by Classroom itself.
/// </remarks>
public static class ClassroomReport
{
    /// <summary>The environment variable in <c>classroom.env</c> that lists the runner ids for the reporter's <c>runners</c> input.</summary>
    public const string RunnersVariable = ClassroomRunners.RunnersVariable;

    /// <summary>Builds the runners for one submission.</summary>
    /// <param name="grade">The submission's grade.</param>
    /// <param name="options">How much to reveal about hidden tests; <see langword="null"/> uses the defaults.</param>
    /// <returns>At least one runner; every runner has at least one test.</returns>
    public static IReadOnlyList<ClassroomRunner> Runners(SubmissionGrade grade, OutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grade);
        HiddenTestFeedback hidden = (options ?? new OutputOptions()).HiddenTests;
        if (grade.Tests.Count == 0)
        {
            string message = FeedbackPlan.NoticeFor(grade.Status) ?? "No test results were recorded for this submission.";
            return [ClassroomRunner.Of("grading", [new ClassroomTest("Grading", 0, 0m, ClassroomStatus.Error, message, 0)])];
        }

        int firstNotRun = grade.Tests.ToList().FindIndex(t => t.Outcome == TestOutcome.NotRun);
        return ClassroomRunners.Split(
            grade.Tests.Select((test, index) => ClassroomTests.From(test, index, grade, hidden, withDiagnostics: index == firstNotRun)).ToList());
    }

    /// <summary>
    /// The <c>classroom.env</c> text: a <c>CLASSROOM_RUNNERS=task1,task2</c> line, then one <c>TASK1_RESULTS=&lt;base64&gt;</c>
    /// line per runner. Append it to <c>$GITHUB_ENV</c> in a workflow step.
    /// </summary>
    /// <param name="runners">The runners from <see cref="Runners"/>.</param>
    /// <returns>The file's text, one <c>NAME=value</c> per line.</returns>
    public static string EnvironmentFile(IReadOnlyList<ClassroomRunner> runners) => ClassroomRunners.EnvironmentFile(runners);
}
