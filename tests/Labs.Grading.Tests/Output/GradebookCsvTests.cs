using Labs.Grading.Output;
using Labs.Grading.Results;

namespace Labs.Grading.Tests.Output;

public sealed class GradebookCsvTests
{
    [Test]
    public void One_row_per_submission_ordered_by_student_id()
    {
        string csv = GradebookCsv.Write(
        [
            SampleGrades.Graded("carol", daysLate: 2, policy: LatePolicy.PerDay(10m)),
            SampleGrades.CompileError("bob"),
            SampleGrades.Graded("alice"),
        ]);

        // Task titles with a comma are quoted; carol: 3 points − 20 % = 2.4.
        Assert.That(csv, Is.EqualTo(
            "Student ID,Submission,Task 1: Box blur (4),\"Task 2: Edges, gradients (4)\",Total,Max,Late,Days late,Status\r\n"
            + "alice,alice,2,1,3,8,no,0,graded\r\n"
            + "bob,bob,0,0,0,8,no,0,compileError\r\n"
            + "carol,carol,2,1,2.4,8,yes,2,graded\r\n"));
    }

    [Test]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_as_rfc_4180_asks()
    {
        SubmissionGrade grade = SampleGrades.Graded() with
        {
            StudentId = "Doe, \"JD\"\nJohn",
            Tasks = [new TaskGrade(1, "Say \"hi\"", 1m, 2m)],
        };
        string[] lines = GradebookCsv.Write([grade]).Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("Student ID,Submission,\"Task 1: Say \"\"hi\"\" (2)\",Total,Max,Late,Days late,Status"));
            Assert.That(lines[1], Is.EqualTo("\"Doe, \"\"JD\"\"\nJohn\",alice,1,3,8,no,0,graded"));
        });
    }

    [Test]
    public void Unicode_names_are_kept_as_they_are()
    {
        string csv = GradebookCsv.Write([SampleGrades.Graded() with { StudentId = "zoë.łukasiewicz" }]);
        Assert.That(csv, Does.Contain("\r\nzoë.łukasiewicz,alice,"));
    }

    [Test]
    [SetCulture("de-DE")]
    public void Numbers_use_a_decimal_point_whatever_the_culture()
    {
        string csv = GradebookCsv.Write([SampleGrades.Graded(daysLate: 1, policy: LatePolicy.PerDay(15m))]);
        // 15 % of 3 = 0.45; 3 − 0.45 = 2.55.
        Assert.That(csv, Does.Contain(",2.55,8,yes,1,"));
    }

    [Test]
    public void Saved_gradebook_is_utf8_without_byte_order_mark()
    {
        string folder = Directory.CreateTempSubdirectory("gradebook").FullName;
        try
        {
            string path = OutputWriter.WriteGradebook(folder, [SampleGrades.Graded() with { StudentId = "zoë" }]);
            byte[] bytes = File.ReadAllBytes(path);
            Assert.Multiple(() =>
            {
                Assert.That(bytes[..3], Is.EqualTo("Stu"u8.ToArray()));
                Assert.That(System.Text.Encoding.UTF8.GetString(bytes), Does.Contain("zoë"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
