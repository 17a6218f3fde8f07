using Labs.Grading.Submissions;

namespace Labs.Grading.Tests.Submissions;

public sealed class SubmissionTimeTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("labs-grading-times-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Time_file_next_to_a_zip_is_read()
    {
        var zip = Path.Combine(_folder, "alice.zip");
        File.WriteAllText(zip, "zip");
        File.WriteAllText(Path.Combine(_folder, "alice.submitted_at"), "2025-03-15T08:30:00+01:00\n");

        var time = SubmissionTime.From(SubmissionTimeSource.File, zip);

        Assert.That(time, Is.EqualTo(new DateTimeOffset(2025, 3, 15, 8, 30, 0, TimeSpan.FromHours(1))));
    }

    [Test]
    public void Time_file_inside_the_submission_is_never_read()
    {
        var submission = Directory.CreateDirectory(Path.Combine(_folder, "bob")).FullName;
        File.WriteAllText(Path.Combine(submission, "submitted_at"), "2000-01-01T00:00:00Z");
        File.WriteAllText(Path.Combine(submission, "bob.submitted_at"), "2000-01-01T00:00:00Z");

        var time = SubmissionTime.From(SubmissionTimeSource.File, submission);

        Assert.Multiple(() =>
        {
            Assert.That(time, Is.Null);
            Assert.That(SubmissionTime.FilePathFor(submission), Is.EqualTo(Path.Combine(_folder, "bob.submitted_at")));
        });
    }

    [Test]
    public void Time_without_offset_is_refused()
    {
        var submission = Directory.CreateDirectory(Path.Combine(_folder, "carol")).FullName;
        var file = Path.Combine(_folder, "carol.submitted_at");
        File.WriteAllText(file, "2025-03-15 08:30");

        var problem = Assert.Throws<FormatException>(() => SubmissionTime.From(SubmissionTimeSource.File, submission));

        Assert.That(problem.Message, Is.EqualTo(
            $"{file} must hold one ISO-8601 time with its offset, e.g. 2025-03-14T23:59:00+01:00; it holds \"2025-03-15 08:30\"."));
    }

    [Test]
    public void Modified_time_of_a_zip_is_its_own()
    {
        var zip = Path.Combine(_folder, "dave.zip");
        File.WriteAllText(zip, "zip");
        var written = new DateTime(2025, 3, 14, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(zip, written);

        var time = SubmissionTime.From(SubmissionTimeSource.ModifiedTime, zip);

        Assert.That(time, Is.EqualTo(new DateTimeOffset(written)));
    }

    [Test]
    public void Modified_time_of_a_folder_is_its_newest_file_outside_build_output()
    {
        var submission = Directory.CreateDirectory(Path.Combine(_folder, "erin")).FullName;
        var older = new DateTime(2025, 3, 10, 9, 0, 0, DateTimeKind.Utc);
        var newer = new DateTime(2025, 3, 12, 9, 0, 0, DateTimeKind.Utc);
        var source = Path.Combine(submission, "Lab", "Filtering.cs");
        var readme = Path.Combine(submission, "README.md");
        var built = Path.Combine(submission, "Lab", "obj", "Lab.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(built)!);
        foreach (var (path, time) in new[] { (source, newer), (readme, older), (built, newer.AddDays(5)) })
        {
            File.WriteAllText(path, "x");
            File.SetLastWriteTimeUtc(path, time);
        }

        var found = SubmissionTime.From(SubmissionTimeSource.ModifiedTime, submission);

        Assert.That(found, Is.EqualTo(new DateTimeOffset(newer)));
    }

    [Test]
    public void Git_gives_the_time_of_the_last_commit()
    {
        var repository = Directory.CreateDirectory(Path.Combine(_folder, "frank")).FullName;
        File.WriteAllText(Path.Combine(repository, "a.txt"), "a");
        Git(repository, "init", "-q");
        Git(repository, "add", "a.txt");
        Git(repository, "-c", "user.name=Frank", "-c", "user.email=frank@example.org", "commit", "-q", "-m", "Lab done");

        var time = SubmissionTime.From(SubmissionTimeSource.Git, repository);

        Assert.Multiple(() =>
        {
            Assert.That(time, Is.EqualTo(new DateTimeOffset(2025, 3, 14, 22, 15, 0, TimeSpan.FromHours(2))));
            Assert.That(SubmissionTime.From(SubmissionTimeSource.Git, _folder), Is.Null, "a folder outside any repository");
        });
    }

    [Test]
    public void Source_none_knows_no_time() =>
        Assert.That(SubmissionTime.From(SubmissionTimeSource.None, _folder), Is.Null);

    private static void Git(string folder, params string[] arguments)
    {
        var git = ChildProcess.Run("git", folder, TimeSpan.FromMinutes(1), arguments, environment =>
        {
            environment["GIT_COMMITTER_DATE"] = "2025-03-14T22:15:00+02:00";
            environment["GIT_AUTHOR_DATE"] = "2025-03-14T22:15:00+02:00";
        });
        Assert.That(git.ExitCode, Is.Zero, git.ToString());
    }
}
