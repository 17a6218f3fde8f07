using System.Globalization;
using System.Text;
using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>
/// Writes <c>gradebook.csv</c>: one row per submission with the student id, points per task, total, maximum,
/// lateness and status. RFC 4180 (comma separated, double-quoted where needed, CRLF line ends), UTF-8,
/// numbers with a decimal point; rows ordered by student id. Moodle imports it with "Import → CSV file".
/// </summary>
/// <example>
/// <code>
/// string csv = GradebookCsv.Write(grades);
/// // Student ID,Submission,Task 1: Blur (4),Total,Max,Late,Days late,Status
/// // alice,alice,4,4,4,no,0,graded
/// </code>
/// </example>
public static class GradebookCsv
{
    /// <summary>The header of the first column: the student's identifier (map it to Moodle's user name, ID number or e-mail).</summary>
    public const string StudentColumn = "Student ID";

    /// <summary>The header of the column with the final points, after the late policy.</summary>
    public const string TotalColumn = "Total";

    /// <summary>Writes the gradebook for all <paramref name="grades"/>.</summary>
    /// <param name="grades">One grade per submission, in any order.</param>
    /// <returns>The CSV text, header row first, every row ending in CRLF.</returns>
    public static string Write(IEnumerable<SubmissionGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        List<SubmissionGrade> rows = GradeOrder.Sort(grades);
        List<TaskGrade> columns = TaskColumns(rows);

        var csv = new StringBuilder();
        var header = new List<string> { StudentColumn, "Submission" };
        header.AddRange(columns.Select(task => string.Create(CultureInfo.InvariantCulture,
            $"Task {task.Number}: {task.Title} ({Points.Format(task.Max)})")));
        header.AddRange([TotalColumn, "Max", "Late", "Days late", "Status"]);
        csv.Append(CsvField.Record(header)).Append("\r\n");

        foreach (SubmissionGrade grade in rows)
        {
            var fields = new List<string> { grade.StudentId, grade.SubmissionId };
            fields.AddRange(columns.Select(column =>
                Points.Format(grade.Tasks.FirstOrDefault(t => t.Number == column.Number)?.Earned ?? 0m)));
            fields.AddRange(
            [
                Points.Format(grade.Total),
                Points.Format(grade.Max),
                grade.IsLate ? "yes" : "no",
                (grade.Late?.DaysLate ?? 0).ToString(CultureInfo.InvariantCulture),
                StatusNames.Of(grade.Status),
            ]);
            csv.Append(CsvField.Record(fields)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Every task seen in any grade, by number; the title comes from the first grade naming it, the maximum is the largest seen.</summary>
    private static List<TaskGrade> TaskColumns(List<SubmissionGrade> grades)
    {
        var byNumber = new SortedDictionary<int, TaskGrade>();
        foreach (TaskGrade task in grades.SelectMany(g => g.Tasks))
        {
            byNumber[task.Number] = byNumber.TryGetValue(task.Number, out TaskGrade? seen)
                ? seen with { Max = Math.Max(seen.Max, task.Max) }
                : task;
        }

        return byNumber.Values.ToList();
    }
}
