using System.Globalization;

namespace Labs.Grading.Results;

/// <summary>Adds up a submission's test results into points per task and a total, and applies the lab's late policy.</summary>
public static class GradeCalculator
{
    /// <summary>The title given to task 0, which collects tests that name no task.</summary>
    public const string UntaskedTitle = "Other tests";

    /// <summary>
    /// Turns the raw result of grading one submission into its grade: each task's points are the sum of its tests'
    /// points, the total is the sum over all tests, and the late policy takes its penalty from that total.
    /// </summary>
    /// <param name="result">What grading produced: the submission's identity, status and every test's result.</param>
    /// <param name="latePolicy">The lab's late policy, applied when <see cref="SubmissionResult.DaysLate"/> is above 0.</param>
    /// <returns>The grade, ready to be written to <c>grade.json</c> and the feedback.</returns>
    /// <example>
    /// <code>
    /// SubmissionGrade grade = GradeCalculator.Calculate(result, LatePolicy.PerDay(10m));
    /// Console.WriteLine($"{grade.Total} of {grade.Max}");
    /// </code>
    /// </example>
    public static SubmissionGrade Calculate(SubmissionResult result, LatePolicy latePolicy)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(latePolicy);
        SubmissionIds.Require(result.SubmissionId, "GradeCalculator.Calculate");
        CheckTests(result.Tests);
        if (result.DaysLate < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"GradeCalculator.Calculate: DaysLate is {result.DaysLate}: use 0 for work on time or the number of days late."), nameof(result));
        }

        decimal earned = Points.Round(result.Tests.Sum(t => t.Earned));
        decimal max = Points.Round(result.Tests.Sum(t => t.Max));
        decimal penalty = latePolicy.PenaltyFor(earned, result.DaysLate);
        LateSubmission? late = result.DaysLate > 0
            ? new LateSubmission(result.DaysLate, latePolicy, LateNotice.Explain(latePolicy, result.DaysLate, earned, penalty))
            : null;

        return new SubmissionGrade
        {
            SubmissionId = result.SubmissionId,
            StudentId = result.StudentId,
            LabName = result.LabName,
            Status = result.Status,
            StatusMessage = result.StatusMessage,
            Tasks = TaskGrades(result.Tasks, result.Tests),
            Tests = result.Tests,
            Earned = earned,
            Penalty = penalty,
            Total = Points.Round(earned - penalty),
            Max = max,
            Late = late,
            IgnoredFiles = result.IgnoredFiles,
            BuildDiagnostics = result.BuildDiagnostics,
            GraderVersion = result.GraderVersion,
            GradedAt = result.GradedAt,
        };
    }

    private static List<TaskGrade> TaskGrades(IReadOnlyList<LabTask> declared, IReadOnlyList<TestGrade> tests)
    {
        var titles = new SortedDictionary<int, string>();
        foreach (LabTask task in declared)
        {
            titles.TryAdd(task.Number, task.Title);
        }

        foreach (TestGrade test in tests)
        {
            titles.TryAdd(test.Task, test.Task == 0 ? UntaskedTitle : string.Create(CultureInfo.InvariantCulture, $"Task {test.Task}"));
        }

        return titles
            .Select(pair =>
            {
                var ofTask = tests.Where(t => t.Task == pair.Key).ToList();
                return new TaskGrade(pair.Key, pair.Value, Points.Round(ofTask.Sum(t => t.Earned)), Points.Round(ofTask.Sum(t => t.Max)));
            })
            .ToList();
    }

    private static void CheckTests(IReadOnlyList<TestGrade> tests)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (TestGrade test in tests)
        {
            if (!names.Add(test.FullName))
            {
                throw new ArgumentException(
                    $"GradeCalculator.Calculate: test \"{test.FullName}\" is listed twice: give each test exactly one result.", nameof(tests));
            }

            if (test.Max < 0m || test.Earned < 0m || test.Earned > test.Max)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"GradeCalculator.Calculate: test \"{test.FullName}\" earned {test.Earned} of {test.Max} points: Max must be 0 or more and Earned between 0 and Max."),
                    nameof(tests));
            }
        }
    }
}
