using Labs.Grading.Labs;
using Labs.Grading.Submissions;
using Labs.Grading.Tests.Labs;

namespace Labs.Grading.Tests.Submissions;

public sealed class ZipIntakeTests
{
    private TemporaryLab _lab = null!;
    private string _submissions = null!;
    private string _handout = null!;

    [SetUp]
    public void CreateLab()
    {
        _lab = new TemporaryLab();
        _submissions = Directory.CreateTempSubdirectory("labs-grading-zips-").FullName;
        _handout = StudentLab.CopyHandout(_lab, Path.Combine(_submissions, "handout"), "z-1");
    }

    [TearDown]
    public void DeleteLab()
    {
        _lab.Dispose();
        Directory.Delete(_submissions, recursive: true);
    }

    private SubmissionIntake Intake => SubmissionIntake.For(LabDefinition.Load(_lab.Root));

    private string Zip(string name, params (string Name, string Text)[] entries) =>
        StudentLab.Zip(Path.Combine(_submissions, name), entries);

    [Test]
    public void Zip_with_one_top_folder_and_macos_clutter_gives_the_lab()
    {
        var entries = StudentLab.EntriesOf(_handout, "alice-lab/")
            .Append(("__MACOSX/alice-lab/Lab/._Filtering.cs", "resource fork"))
            .Append(("alice-lab/Lab/.DS_Store", "finder"))
            .ToArray();
        var zip = Zip("alice.zip", entries);

        var submission = Intake.Read(zip);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Status, Is.EqualTo(SubmissionStatus.Accepted));
            Assert.That(submission.SubmissionId, Is.EqualTo("alice"));
            Assert.That(submission.StudentId, Is.EqualTo("z-1"));
            Assert.That(submission.LabFolder, Is.EqualTo("alice-lab/"));
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Lab/Filtering.cs", "Lab/Helpers.cs" }));
            Assert.That(submission.Files[0].Text, Is.EqualTo(TemporaryLab.FilteringSource));
            Assert.That(submission.Ignored.Select(i => i.Message), Is.EqualTo(new[] { "archive metadata __MACOSX/ — ignored" }));
        });
    }

    [Test]
    public void Zip_with_the_lab_at_its_top_and_windows_separators_gives_the_lab()
    {
        var zip = Zip(
            "bob.zip",
            ("Lab\\Filtering.cs", "namespace Lab;\n"),
            ("Lab\\Lab.csproj", File.ReadAllText(Path.Combine(_handout, "Lab", "Lab.csproj"))),
            ("Lab\\bin\\Debug\\Lab.dll", "binary"),
            ("./notes.txt", "notes\n"));

        var submission = Intake.Read(zip);

        Assert.Multiple(() =>
        {
            Assert.That(submission.LabFolder, Is.Empty);
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.EqualTo(new[] { "Lab/Filtering.cs" }));
            Assert.That(submission.StudentId, Is.EqualTo("bob"));
            Assert.That(submission.Ignored.Select(i => i.Message), Is.EqualTo(new[]
            {
                "build output Lab/bin/ — ignored",
                "extra file notes.txt — ignored: only Lab/**/*.cs is part of your submission",
            }));
            Assert.That(submission.Notes, Is.EqualTo(new[] { "Lab/Helpers.cs is missing from your submission; the lab's original file is used." }));
        });
    }

    [TestCase("../evil.cs", "points outside the submission (it contains \"..\")")]
    [TestCase("Lab/../../evil.cs", "points outside the submission (it contains \"..\")")]
    [TestCase("/etc/cron.d/evil", "is an absolute path")]
    [TestCase("C:/Windows/evil.dll", "is an absolute path")]
    public void Zip_whose_paths_leave_it_is_refused(string path, string why)
    {
        var zip = Zip("mallory.zip", ("Lab/Filtering.cs", "namespace Lab;\n"), (path, "evil"));

        var submission = Intake.Read(zip);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Status, Is.EqualTo(SubmissionStatus.Rejected));
            Assert.That(submission.Problem, Is.EqualTo(
                $"The zip file holds the path \"{path}\", which {why}. Such archives are refused because unpacking them could overwrite other files; create the zip file again from your lab folder."));
            Assert.That(submission.Files, Is.Empty);
        });
    }

    [Test]
    public void File_that_is_not_a_zip_is_refused()
    {
        var path = Path.Combine(_submissions, "carol.zip");
        File.WriteAllText(path, "this is not a zip file");

        var submission = Intake.Read(path);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Status, Is.EqualTo(SubmissionStatus.Rejected));
            Assert.That(submission.Problem, Is.EqualTo(
                "carol.zip is not a zip file that can be read. Hand in your lab folder as a .zip file (or as a folder)."));
            Assert.That(submission.SubmissionId, Is.EqualTo("carol"));
        });
    }

    [Test]
    public void Zip_with_two_labs_is_refused()
    {
        var zip = Zip("dave.zip", ("first/Lab/Filtering.cs", "namespace Lab;\n"), ("second/Lab/Filtering.cs", "namespace Lab;\n"));

        var submission = Intake.Read(zip);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Status, Is.EqualTo(SubmissionStatus.Rejected));
            Assert.That(submission.Problem, Is.EqualTo("The submission holds more than one lab (first/, second/); hand in exactly one lab folder."));
        });
    }

    [Test]
    public void Empty_zip_is_empty()
    {
        var zip = Zip("erin.zip");

        var submission = Intake.Read(zip);

        Assert.That(submission.Status, Is.EqualTo(SubmissionStatus.Empty));
    }

    [Test]
    public void Zip_without_Lab_is_no_lab()
    {
        var zip = Zip("frank.zip", ("project/Filtering.cs", "namespace Lab;\n"));

        var submission = Intake.Read(zip);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Status, Is.EqualTo(SubmissionStatus.NoLabFound));
            Assert.That(submission.Problem, Does.EndWith("Found: project/."));
        });
    }

    [Test]
    public void Zip_entry_over_the_file_limit_is_not_taken()
    {
        var zip = Zip("gina.zip", ("Lab/Filtering.cs", new string('/', 5000)));
        var intake = new SubmissionIntake(SubmissionRules.Default with { MaxFileBytes = 4096 }, [_lab.Root]);

        var submission = intake.Read(zip);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Files.Select(f => f.RelativePath), Is.Empty);
            Assert.That(submission.Ignored.Single().Reason, Is.EqualTo(IgnoredFileReason.TooLarge));
        });
    }

    [Test]
    public void Entry_named_twice_counts_once()
    {
        var zip = Zip("hank.zip", ("Lab/Helpers.cs", "// first\n"), ("Lab/Helpers.cs", "// second\n"));

        var submission = Intake.Read(zip);

        Assert.That(submission.Files.Select(f => f.Text), Is.EqualTo(new[] { "// first\n" }));
    }
}
