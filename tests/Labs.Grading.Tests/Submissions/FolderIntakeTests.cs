using System.Text;
using Labs.Grading.Labs;
using Labs.Grading.Submissions;
using Labs.Grading.Tests.Labs;

namespace Labs.Grading.Tests.Submissions;

public sealed class FolderIntakeTests
{
    private TemporaryLab _lab = null!;
    private string _submissions = null!;

    [SetUp]
    public void CreateLab()
    {
        _lab = new TemporaryLab();
        _submissions = Directory.CreateTempSubdirectory("labs-grading-submissions-").FullName;
    }

    [TearDown]
    public void DeleteLab()
    {
        _lab.Dispose();
        Directory.Delete(_submissions, recursive: true);
    }

    private SubmissionIntake Intake => SubmissionIntake.For(LabDefinition.Load(_lab.Root));

    private string Student(string name, string studentId = "") =>
        StudentLab.CopyHandout(_lab, Path.Combine(_submissions, name), studentId);

    [Test]
    public void Untouched_handout_gives_the_lab_sources_and_ignores_nothing()
    {
        var folder = Student("alice", "s1234");

        var submission = Intake.Read(folder);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Status, Is.EqualTo(SubmissionStatus.Accepted));
            Assert.That(submission.SubmissionId, Is.EqualTo("alice"));
            Assert.That(submission.StudentId, Is.EqualTo("s1234"));
            Assert.That(submission.LabFolder, Is.Empty);
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Lab/Filtering.cs", "Lab/Helpers.cs" }));
            Assert.That(submission.Files[1].Text, Is.EqualTo(TemporaryLab.HelpersSource));
            Assert.That(submission.Ignored, Is.Empty);
            Assert.That(submission.Notes, Is.Empty);
        });
    }

    [Test]
    public void Only_the_students_sources_are_taken_and_every_other_change_is_listed()
    {
        var folder = Student("bob");
        StudentLab.Write(folder, "Lab/Extra/Kernels.cs", "namespace Lab;\n");
        StudentLab.Write(folder, "Lab.Tests/FilteringTests.cs", "// all tests deleted\n");
        StudentLab.Write(folder, "Lab.Tests/MoreTests.cs", "// a new test\n");
        StudentLab.Write(folder, "Lab/Lab.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"NUnit\" /></ItemGroup></Project>\n");
        StudentLab.Write(folder, "Lab.Tests/Snapshots/Blur.verified.png", "png");
        StudentLab.Write(folder, "Lab/bin/Debug/Lab.dll", "binary");
        StudentLab.Write(folder, "Lab/obj/project.assets.json", "{}");
        StudentLab.Write(folder, "notes.txt", "my notes\n");
        StudentLab.Write(folder, ".DS_Store", "mac");

        var submission = Intake.Read(folder);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Lab/Extra/Kernels.cs", "Lab/Filtering.cs", "Lab/Helpers.cs" }));
            Assert.That(submission.Ignored.Select(i => i.Message), Is.EquivalentTo(new[]
            {
                "build output Lab/bin/ — ignored",
                "build output Lab/obj/ — ignored",
                "changed project file Lab/Lab.csproj — ignored: project and build settings are not part of your submission",
                "changed test file Lab.Tests/FilteringTests.cs — ignored: tests are not part of your submission",
                "extra test file Lab.Tests/MoreTests.cs — ignored: tests are not part of your submission",
                "extra test file Lab.Tests/Snapshots/Blur.verified.png — ignored: tests are not part of your submission",
                "extra file notes.txt — ignored: only Lab/**/*.cs is part of your submission",
            }));
            Assert.That(submission.Ignored.Single(i => i.RelativePath == "Lab/Lab.csproj").Reason, Is.EqualTo(IgnoredFileReason.ProjectFile));
            Assert.That(submission.StudentId, Is.EqualTo("bob"));
        });
    }

    [Test]
    public void Snapshot_outside_a_test_project_is_ignored_as_a_snapshot()
    {
        var folder = Student("carol");
        StudentLab.Write(folder, "Lab/Blur.verified.cs", "namespace Lab;\n");

        var submission = Intake.Read(folder);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Files.Select(f => f.RelativePath), Does.Not.Contain("Lab/Blur.verified.cs"));
            Assert.That(submission.Ignored.Single().Message, Is.EqualTo("extra snapshot Lab/Blur.verified.cs — ignored: snapshots are not part of your submission"));
        });
    }

    [Test]
    public void Deleted_lab_file_is_noted_and_left_to_the_original()
    {
        var folder = Student("dave");
        File.Delete(Path.Combine(folder, "Lab", "Helpers.cs"));

        var submission = Intake.Read(folder);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Lab/Filtering.cs" }));
            Assert.That(submission.Notes, Is.EqualTo(new[] { "Lab/Helpers.cs is missing from your submission; the lab's original file is used." }));
        });
    }

    [Test]
    public void Lab_folder_is_found_one_level_down()
    {
        var outer = Path.Combine(_submissions, "erin");
        Student(Path.Combine("erin", "my-lab"), "e-77");
        StudentLab.Write(outer, "README.txt", "hello\n");

        var submission = Intake.Read(outer);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Status, Is.EqualTo(SubmissionStatus.Accepted));
            Assert.That(submission.LabFolder, Is.EqualTo("my-lab/"));
            Assert.That(submission.StudentId, Is.EqualTo("e-77"));
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Lab/Filtering.cs", "Lab/Helpers.cs" }));
            Assert.That(submission.Ignored.Single().Message, Is.EqualTo("file README.txt — ignored: it is outside the lab folder my-lab/"));
        });
    }

    [Test]
    public void Folder_without_Lab_is_no_lab()
    {
        var folder = Path.Combine(_submissions, "frank");
        StudentLab.Write(folder, "Filtering.cs", "namespace Lab;\n");
        StudentLab.Write(folder, "docs/answers.md", "42\n");

        var submission = Intake.Read(folder);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Status, Is.EqualTo(SubmissionStatus.NoLabFound));
            Assert.That(submission.Problem, Is.EqualTo(
                "No lab found: the submission has no Lab/ folder. Hand in the whole lab folder as `dotnet new` created it, with Lab/Lab.csproj inside. Found: Filtering.cs, docs/."));
            Assert.That(submission.Files, Is.Empty);
        });
    }

    [Test]
    public void Empty_folder_is_empty()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_submissions, "gina")).FullName;
        StudentLab.Write(folder, "Lab/bin/Lab.dll", "only build output");

        var submission = Intake.Read(folder);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Status, Is.EqualTo(SubmissionStatus.Empty));
            Assert.That(submission.Problem, Is.EqualTo("The submission is empty: it holds no files."));
            Assert.That(submission.StudentId, Is.EqualTo("gina"));
        });
    }

    [Test]
    public void Symbolic_link_is_not_followed()
    {
        var folder = Student("hank");
        File.Delete(Path.Combine(folder, "Lab", "Helpers.cs"));
        File.CreateSymbolicLink(Path.Combine(folder, "Lab", "Helpers.cs"), Path.Combine(_lab.Root, "Lab.Hidden.Tests", "GradingTests.cs"));

        var submission = Intake.Read(folder);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Lab/Filtering.cs" }));
            Assert.That(submission.Ignored.Single().Message, Is.EqualTo("symbolic link Lab/Helpers.cs — ignored: links are not followed; hand in the file itself"));
            Assert.That(submission.Notes, Is.Empty);
        });
    }

    [Test]
    public void Files_over_the_limits_are_ignored_and_the_original_is_used()
    {
        var folder = Student("iris");
        StudentLab.Write(folder, "Lab/Helpers.cs", new string('/', 3000));
        StudentLab.Write(folder, "Lab/Big.cs", new string('/', 1500));
        var rules = SubmissionRules.Default with { MaxFileBytes = 2 * 1024, MaxTotalBytes = 3 * 1024 };
        var intake = new SubmissionIntake(rules, [_lab.Root]);

        var submission = intake.Read(folder);

        // Sorted by path: Lab/Big.cs (1500 B) is taken first; Lab/Filtering.cs (about 500 B) still fits under 3 KB,
        // Lab/Helpers.cs is over 2 KB on its own.
        Assert.Multiple(() =>
        {
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Lab/Big.cs", "Lab/Filtering.cs" }));
            Assert.That(submission.Ignored.Single().Message, Is.EqualTo(
                "file Lab/Helpers.cs — ignored: it is larger than the 2 KB allowed per file; the lab's original file is used instead"));
            Assert.That(submission.Ignored.Single().Reason, Is.EqualTo(IgnoredFileReason.TooLarge));
        });
    }

    [Test]
    public void Total_limit_stops_taking_files()
    {
        var folder = Student("jack");
        StudentLab.Write(folder, "Lab/A.cs", new string('/', 1800));
        var rules = SubmissionRules.Default with { MaxTotalBytes = 2 * 1024 };
        var intake = new SubmissionIntake(rules, [_lab.Root]);

        var submission = intake.Read(folder);

        // Lab/A.cs (1800 B) comes first; Lab/Filtering.cs would pass 2048 B in all, Lab/Helpers.cs (about 170 B) still fits.
        Assert.Multiple(() =>
        {
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Lab/A.cs", "Lab/Helpers.cs" }));
            Assert.That(submission.Ignored.Single().Message, Is.EqualTo(
                "file Lab/Filtering.cs — ignored: your files together are larger than the 2 KB allowed; the lab's original file is used instead"));
        });
    }

    [Test]
    public void File_not_saved_as_utf8_is_read_as_latin1_with_a_note()
    {
        var folder = Student("kim");
        File.WriteAllBytes(Path.Combine(folder, "Lab", "Helpers.cs"), Encoding.Latin1.GetBytes("// Größe\nnamespace Lab;\n"));

        var submission = Intake.Read(folder);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Files.Single(f => f.RelativePath == "Lab/Helpers.cs").Text, Is.EqualTo("// Größe\nnamespace Lab;\n"));
            Assert.That(submission.Notes, Is.EqualTo(new[]
            {
                "Lab/Helpers.cs is not saved as UTF-8; it was read as Latin-1 (ISO-8859-1). Save your files as UTF-8 so that every character arrives as you wrote it.",
            }));
        });
    }

    [Test]
    public void Byte_order_marks_and_utf16_are_understood_and_binary_is_refused()
    {
        var folder = Student("lena");
        File.WriteAllText(Path.Combine(folder, "Lab", "Helpers.cs"), "// é\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.WriteAllText(Path.Combine(folder, "Lab", "Wide.cs"), "// ü\n", Encoding.Unicode);
        File.WriteAllBytes(Path.Combine(folder, "Lab", "Image.cs"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);

        var submission = Intake.Read(folder);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Files.Single(f => f.RelativePath == "Lab/Helpers.cs").Text, Is.EqualTo("// é\n"));
            Assert.That(submission.Files.Single(f => f.RelativePath == "Lab/Wide.cs").Text, Is.EqualTo("// ü\n"));
            Assert.That(submission.Ignored.Single().Message, Is.EqualTo("file Lab/Image.cs — ignored: it is not a text file"));
            Assert.That(submission.Notes, Is.Empty);
        });
    }

    [Test]
    public void Lab_patterns_decide_but_never_let_tests_in()
    {
        var folder = Student("mia");
        StudentLab.Write(folder, "Lab/answers.md", "# Answers\n");
        StudentLab.Write(folder, "Lab.Tests/FilteringTests.cs", "// changed\n");
        var rules = SubmissionRules.Default with { Include = ["Lab/**/*.cs", "Lab/answers.md", "Lab.Tests/**"] };
        var intake = new SubmissionIntake(rules, [_lab.Root]);

        var submission = intake.Read(folder);

        // Accepted files are sorted by ordinal path: capital letters come before small ones.
        Assert.Multiple(() =>
        {
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Lab/Filtering.cs", "Lab/Helpers.cs", "Lab/answers.md" }));
            Assert.That(submission.Ignored.Single().Message, Is.EqualTo(
                "changed test file Lab.Tests/FilteringTests.cs — ignored: tests are not part of your submission"));
        });
    }

    [TestCase("s 1234", "The LabsStudentId \"s 1234\" in Directory.Build.props may only hold letters, digits and . - _ @ + (at most 64 characters); the submission's name is used instead.")]
    [TestCase("../../etc", "The LabsStudentId \"../../etc\" in Directory.Build.props may only hold letters, digits and . - _ @ + (at most 64 characters); the submission's name is used instead.")]
    public void Odd_student_id_falls_back_to_the_submission_name(string studentId, string note)
    {
        var folder = Student("nina", studentId);

        var submission = Intake.Read(folder);

        Assert.Multiple(() =>
        {
            Assert.That(submission.StudentId, Is.EqualTo("nina"));
            Assert.That(submission.Notes, Is.EqualTo(new[] { note }));
        });
    }

    [Test]
    public void Missing_submission_is_an_error_of_the_caller()
    {
        var path = Path.Combine(_submissions, "nobody");

        var problem = Assert.Throws<FileNotFoundException>(() => Intake.Read(path));

        Assert.That(problem.Message, Is.EqualTo($"Read(\"{path}\"): no submission folder or zip file exists there."));
    }
}
