using Labs.Testing.Snapshots;

namespace Labs.Testing.Tests.Snapshots;

public sealed class SnapshotLocationTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Files_are_named_verified_received_and_received_diff()
    {
        var location = new SnapshotLocation("/lab/tests", "BlurTests.Blur_size=3");

        Assert.Multiple(() =>
        {
            Assert.That(location.Verified("png"), Is.EqualTo(Path.Combine("/lab/tests", "BlurTests.Blur_size=3.verified.png")));
            Assert.That(location.Received("txt"), Is.EqualTo(Path.Combine("/lab/tests", "BlurTests.Blur_size=3.received.txt")));
            Assert.That(location.ReceivedDifference(), Is.EqualTo(Path.Combine("/lab/tests", "BlurTests.Blur_size=3.received.diff.png")));
        });
    }

    [Test]
    [NonParallelizable]
    public void LABS_RECEIVED_DIR_moves_received_files_and_keeps_the_verified_one_beside_the_source()
    {
        var location = new SnapshotLocation("/lab/tests", "BlurTests.Blur_size=3");
        Environment.SetEnvironmentVariable(SnapshotLocation.ReceivedDirectoryVariable, _folder.Path);
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(location.Verified("png"), Is.EqualTo(Path.Combine("/lab/tests", "BlurTests.Blur_size=3.verified.png")));
                Assert.That(location.Received("png"), Is.EqualTo(Path.Combine(_folder.Path, "BlurTests.Blur_size=3.received.png")));
                Assert.That(location.ReceivedDifference(), Is.EqualTo(Path.Combine(_folder.Path, "BlurTests.Blur_size=3.received.diff.png")));
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(SnapshotLocation.ReceivedDirectoryVariable, null);
        }
    }

    [Test]
    public void Existing_source_folder_is_used()
    {
        var sourceFile = _folder.File("BlurTests.cs");

        var location = SnapshotLocation.Resolve(sourceFile, "BlurTests.Blur", "txt", "/elsewhere/bin", "/elsewhere");

        Assert.That(location.Directory, Is.EqualTo(_folder.Path));
    }

    [Test]
    public void Missing_source_folder_falls_back_to_the_copy_under_the_base_folder()
    {
        // The tests were built in /build/lab/tests/Lab.Tests, then copied to _folder: the source folder is gone,
        // and the build copied Filters/BlurTests.Blur.verified.txt next to the binaries.
        var copied = Path.Combine(_folder.Path, "Filters");
        Directory.CreateDirectory(copied);
        File.WriteAllText(Path.Combine(copied, "BlurTests.Blur.verified.txt"), "x");

        var location = SnapshotLocation.Resolve(
            "/build/lab/tests/Lab.Tests/Filters/BlurTests.cs", "BlurTests.Blur", "txt", _folder.Path, "/build/lab/tests/Lab.Tests");

        Assert.That(location.Directory, Is.EqualTo(copied));
    }

    [Test]
    public void Without_a_recorded_project_folder_the_longest_matching_tail_of_the_source_path_is_found()
    {
        // A build with a path map turns source paths into /_/...; the project folder is unknown.
        var copied = Path.Combine(_folder.Path, "Filters");
        Directory.CreateDirectory(copied);
        File.WriteAllText(Path.Combine(copied, "BlurTests.Blur.verified.txt"), "x");

        var location = SnapshotLocation.Resolve("/_/tests/Lab.Tests/Filters/BlurTests.cs", "BlurTests.Blur", "txt", _folder.Path, null);

        Assert.That(location.Directory, Is.EqualTo(copied));
    }

    [Test]
    public void A_source_path_from_Windows_is_understood_on_any_system()
    {
        var copied = Path.Combine(_folder.Path, "Filters");
        Directory.CreateDirectory(copied);
        File.WriteAllText(Path.Combine(copied, "BlurTests.Blur.verified.txt"), "x");

        var location = SnapshotLocation.Resolve(
            @"Z:\no\such\Lab.Tests\Filters\BlurTests.cs", "BlurTests.Blur", "txt", _folder.Path, @"Z:\no\such\Lab.Tests");

        Assert.That(location.Directory, Is.EqualTo(copied));
    }

    [Test]
    public void A_verified_file_directly_in_the_base_folder_is_found_last()
    {
        File.WriteAllText(_folder.File("BlurTests.Blur.verified.txt"), "x");

        var location = SnapshotLocation.Resolve("/no/such/folder/BlurTests.cs", "BlurTests.Blur", "txt", _folder.Path, null);

        Assert.That(location.Directory, Is.EqualTo(_folder.Path));
    }

    [Test]
    public void A_new_snapshot_out_of_the_source_tree_goes_where_the_build_would_copy_it()
    {
        var location = SnapshotLocation.Resolve(
            "/build/Lab.Tests/Filters/BlurTests.cs", "BlurTests.Blur", "txt", _folder.Path, "/build/Lab.Tests");

        Assert.That(location.Directory, Is.EqualTo(Path.Combine(_folder.Path, "Filters")));
    }

    [Test]
    public void Out_of_tree_verification_reads_the_copied_file_end_to_end()
    {
        var copied = Path.Combine(_folder.Path, "Filters");
        Directory.CreateDirectory(copied);
        File.WriteAllText(Path.Combine(copied, "BlurTests.Blur.verified.txt"), "mean 12.5\n");
        var location = SnapshotLocation.Resolve(
            "/build/Lab.Tests/Filters/BlurTests.cs", "BlurTests.Blur", TextSnapshot.Extension, _folder.Path, "/build/Lab.Tests");

        var result = TextSnapshot.Verify("mean 12.5\n", location, new SnapshotTestSettings().Create());

        Assert.That(result.Passed, Is.True);
    }

    [Test]
    public void This_test_project_records_its_folder_for_the_lookup()
    {
        // Set by Labs.Testing.Snapshots.targets through the runtime configuration.
        var recorded = SnapshotLocation.RecordedProjectDirectory();

        Assert.That(recorded, Is.Not.Null.And.EndsWith("Labs.Testing.Tests"));
    }

    [Test]
    public void The_build_copies_verified_files_next_to_the_test_binaries()
    {
        var copy = Path.Combine(AppContext.BaseDirectory, "Snapshots", "SnapshotEndToEndTests.Text_snapshot_matches_the_committed_file.verified.txt");

        Assert.That(File.Exists(copy), Is.True, $"expected the build to copy the verified file to {copy}");
    }
}
