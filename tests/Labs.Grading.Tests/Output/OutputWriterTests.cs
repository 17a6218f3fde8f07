using Labs.Grading.Output;
using Labs.Grading.Results;

namespace Labs.Grading.Tests.Output;

public sealed class OutputWriterTests
{
    private string _out = "";

    [SetUp]
    public void CreateOutputFolder() => _out = Directory.CreateTempSubdirectory("grades").FullName;

    [TearDown]
    public void DeleteOutputFolder() => Directory.Delete(_out, recursive: true);

    [Test]
    public void Write_all_puts_every_file_in_place_and_leaves_no_temporary_file()
    {
        OutputWriter.WriteAll(_out, [SampleGrades.Graded("alice"), SampleGrades.CompileError("bob")]);
        string[] files = Directory.GetFiles(_out, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_out, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.That(files, Is.EqualTo(new[]
        {
            "alice/classroom.env", "alice/feedback.html", "alice/feedback.md", "alice/grade.json", "alice/results.json",
            "bob/classroom.env", "bob/feedback.html", "bob/feedback.md", "bob/grade.json", "bob/results.json",
            "gradebook.csv",
        }));
    }

    [Test]
    public void Lms_exports_can_be_switched_off()
    {
        OutputWriter.WriteSubmission(_out, SampleGrades.Graded(), new OutputOptions { WriteClassroom = false, WriteGradescope = false });
        Assert.That(Directory.GetFiles(Path.Combine(_out, "alice")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "feedback.html", "feedback.md", "grade.json" }));
    }

    [Test]
    public void A_finished_submission_is_found_again_on_resume()
    {
        SubmissionGrade grade = SampleGrades.Graded(daysLate: 2, policy: LatePolicy.PerDay(10m));
        OutputWriter.WriteSubmission(_out, grade);
        bool found = GradeStore.TryLoad(_out, "alice", out SubmissionGrade? loaded);
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.True);
            Assert.That(GradeJson.Serialize(loaded!), Is.EqualTo(GradeJson.Serialize(grade)));
            Assert.That(loaded!.Total, Is.EqualTo(2.4m));
        });
    }

    [Test]
    public void A_submission_without_grade_json_is_not_finished()
    {
        // What a killed run leaves behind: feedback written, grade.json only as a temporary file.
        string folder = Path.Combine(_out, "alice");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "feedback.md"), "# Feedback");
        File.WriteAllText(Path.Combine(folder, ".grade.json.0123.tmp"), "{ \"schemaVersion\": 1, ");
        Assert.Multiple(() =>
        {
            Assert.That(GradeStore.TryLoad(_out, "alice", out _), Is.False);
            Assert.That(GradeStore.TryLoad(_out, "nobody", out _), Is.False);
            Assert.That(GradeStore.LoadAll(_out), Is.Empty);
        });
    }

    [Test]
    public void A_damaged_grade_json_means_grade_again()
    {
        string folder = Path.Combine(_out, "alice");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, OutputFiles.Grade), "{ \"schemaVersion\": 1, \"submissionId\": ");
        Assert.That(GradeStore.TryLoad(_out, "alice", out _), Is.False);
    }

    [Test]
    public void Load_all_returns_finished_grades_by_student_and_rebuilds_the_same_gradebook()
    {
        SubmissionGrade[] grades = [SampleGrades.Graded("carol"), SampleGrades.CompileError("bob"), SampleGrades.Graded("alice")];
        OutputWriter.WriteAll(_out, grades);
        IReadOnlyList<SubmissionGrade> loaded = GradeStore.LoadAll(_out);
        Assert.Multiple(() =>
        {
            Assert.That(loaded.Select(g => g.StudentId), Is.EqualTo(new[] { "alice", "bob", "carol" }));
            Assert.That(GradebookCsv.Write(loaded), Is.EqualTo(File.ReadAllText(Path.Combine(_out, OutputFiles.Gradebook))));
        });
    }

    [Test]
    public void Writing_again_replaces_the_old_result()
    {
        OutputWriter.WriteSubmission(_out, SampleGrades.CompileError("alice"));
        OutputWriter.WriteSubmission(_out, SampleGrades.Graded("alice"));
        GradeStore.TryLoad(_out, "alice", out SubmissionGrade? loaded);
        Assert.That(loaded!.Status, Is.EqualTo(SubmissionStatus.Graded));
    }

    [Test]
    public void Two_submissions_with_the_same_id_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => OutputWriter.WriteAll(_out, [SampleGrades.Graded("alice"), SampleGrades.Graded("alice")]));
        Assert.That(error!.Message, Does.StartWith(
            "OutputWriter.WriteAll: submission id \"alice\" appears more than once: every submission needs its own folder name."));
    }
}
