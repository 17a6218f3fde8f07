using Labs.Testing.Snapshots;

namespace Labs.Testing.Tests.Snapshots;

public sealed class TextSnapshotTests
{
    private TemporaryFolder _folder = null!;
    private SnapshotTestSettings _settings = null!;
    private SnapshotLocation _location = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = new TemporaryFolder();
        _settings = new SnapshotTestSettings();
        _location = new SnapshotLocation(_folder.Path, "HistogramTests.Counts");
    }

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void First_run_writes_received_file_and_fails_with_instructions()
    {
        var result = TextSnapshot.Verify("0: 3\n1: 5\n", _location, _settings.Create());

        var received = _folder.File("HistogramTests.Counts.received.txt");
        var verified = _folder.File("HistogramTests.Counts.verified.txt");
        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Message, Is.EqualTo(
                "Text snapshot HistogramTests.Counts has no verified file yet, so this run's output was saved for you to check.\n"
                + $"Received: {received}\n"
                + $"Verified: {verified} (does not exist yet)\n"
                + "If the received output is right, accept it: run `LABS_ACCEPT_SNAPSHOTS=1 dotnet test` or `scripts/accept-snapshots`, then commit the .verified file."));
            Assert.That(_folder.FileNames(), Is.EqualTo(new[] { "HistogramTests.Counts.received.txt" }));
            Assert.That(File.ReadAllText(received), Is.EqualTo("0: 3\n1: 5\n"));
        });
    }

    [Test]
    public void Matching_text_passes_and_deletes_a_stale_received_file()
    {
        File.WriteAllText(_folder.File("HistogramTests.Counts.verified.txt"), "0: 3\n1: 5\n");
        File.WriteAllText(_folder.File("HistogramTests.Counts.received.txt"), "0: 4\n");

        var result = TextSnapshot.Verify("0: 3\n1: 5\n", _location, _settings.Create());

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(SnapshotResult.Pass));
            Assert.That(_folder.FileNames(), Is.EqualTo(new[] { "HistogramTests.Counts.verified.txt" }));
        });
    }

    [Test]
    public void Windows_line_endings_in_the_verified_file_still_match()
    {
        File.WriteAllText(_folder.File("HistogramTests.Counts.verified.txt"), "0: 3\r\n1: 5\r\n");

        var result = TextSnapshot.Verify("0: 3\n1: 5\n", _location, _settings.Create());

        Assert.That(result.Passed, Is.True);
    }

    [Test]
    public void Mismatch_names_the_first_different_line_and_writes_received_file()
    {
        var verified = _folder.File("HistogramTests.Counts.verified.txt");
        var received = _folder.File("HistogramTests.Counts.received.txt");
        File.WriteAllText(verified, "0: 3\n1: 5\n2: 1\n");

        var result = TextSnapshot.Verify("0: 3\n1: 6\n2: 1\n", _location, _settings.Create());

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Message, Is.EqualTo(
                "Text snapshot HistogramTests.Counts does not match its verified file: line 2 is \"1: 6\" but the verified file has \"1: 5\".\n"
                + $"Received: {received}\n"
                + $"Verified: {verified}\n"
                + "If the received output is right, accept it: run `LABS_ACCEPT_SNAPSHOTS=1 dotnet test` or `scripts/accept-snapshots`, then commit the .verified file."));
            Assert.That(File.ReadAllText(received), Is.EqualTo("0: 3\n1: 6\n2: 1\n"));
            Assert.That(File.ReadAllText(verified), Is.EqualTo("0: 3\n1: 5\n2: 1\n"), "the verified file is never changed without accepting");
        });
    }

    [Test]
    public void Shorter_text_says_where_it_ends()
    {
        var difference = TextSnapshot.FirstDifference("a\nb", "a\nb\nc");

        Assert.That(difference, Is.EqualTo("the received text ends after line 2, but the verified file goes on with line 3: \"c\"."));
    }

    [Test]
    public void Longer_text_says_which_line_is_extra()
    {
        var difference = TextSnapshot.FirstDifference("a\nb\nc", "a");

        Assert.That(difference, Is.EqualTo("the verified file ends after line 1, but the received text goes on with line 2: \"b\"."));
    }

    [Test]
    public void Accepting_writes_the_verified_file_and_passes()
    {
        File.WriteAllText(_folder.File("HistogramTests.Counts.received.txt"), "old run");
        var verified = _folder.File("HistogramTests.Counts.verified.txt");

        var result = TextSnapshot.Verify("0: 3\n", _location, _settings.Create(accept: true));

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.True);
            Assert.That(result.Message, Is.EqualTo($"Text snapshot HistogramTests.Counts accepted (LABS_ACCEPT_SNAPSHOTS is set): wrote {verified}"));
            Assert.That(_folder.FileNames(), Is.EqualTo(new[] { "HistogramTests.Counts.verified.txt" }));
            Assert.That(File.ReadAllText(verified), Is.EqualTo("0: 3\n"));
        });
    }

    [Test]
    public void Diff_tool_opens_on_a_mismatch_where_allowed()
    {
        var verified = _folder.File("HistogramTests.Counts.verified.txt");
        File.WriteAllText(verified, "expected");

        TextSnapshot.Verify("actual", _location, _settings.Create(diffToolAllowed: true));

        Assert.That(_settings.Launches, Is.EqualTo(new[] { (_folder.File("HistogramTests.Counts.received.txt"), verified) }));
    }

    [Test]
    public void Diff_tool_never_opens_where_not_allowed()
    {
        File.WriteAllText(_folder.File("HistogramTests.Counts.verified.txt"), "expected");

        TextSnapshot.Verify("actual", _location, _settings.Create(diffToolAllowed: false));

        Assert.That(_settings.Launches, Is.Empty);
    }

    [Test]
    public void Diff_tool_does_not_open_for_a_new_snapshot()
    {
        // There is nothing to compare with, and some diff tools would create an empty verified file.
        TextSnapshot.Verify("actual", _location, _settings.Create(diffToolAllowed: true));

        Assert.That(_settings.Launches, Is.Empty);
    }

    [Test]
    public void Empty_text_can_be_a_verified_snapshot()
    {
        File.WriteAllText(_folder.File("HistogramTests.Counts.verified.txt"), string.Empty);

        var result = TextSnapshot.Verify(string.Empty, _location, _settings.Create());

        Assert.That(result.Passed, Is.True);
    }
}
