using Labs.Imaging;
using Labs.Testing.Snapshots;

namespace Labs.Testing.Tests.Snapshots;

public sealed class ImageSnapshotTests
{
    private const string AcceptHint =
        "If the received output is right, accept it: run `LABS_ACCEPT_SNAPSHOTS=1 dotnet test` or `scripts/accept-snapshots`, then commit the .verified file.";

    private TemporaryFolder _folder = null!;
    private SnapshotTestSettings _settings = null!;
    private SnapshotLocation _location = null!;
    private string _verified = null!;
    private string _received = null!;
    private string _heatMap = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = new TemporaryFolder();
        _settings = new SnapshotTestSettings();
        _location = new SnapshotLocation(_folder.Path, "EdgeTests.Sobel");
        _verified = _folder.File("EdgeTests.Sobel.verified.png");
        _received = _folder.File("EdgeTests.Sobel.received.png");
        _heatMap = _folder.File("EdgeTests.Sobel.received.diff.png");
    }

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void First_run_writes_received_png_and_fails_with_instructions()
    {
        var result = ImageSnapshot.Verify(new Image(4, 4, 100), ImageTolerance.Default, _location, _settings.Create());

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Message, Is.EqualTo(
                "Image snapshot EdgeTests.Sobel has no verified file yet, so this run's output was saved for you to check.\n"
                + $"Received: {_received}\n"
                + $"Verified: {_verified} (does not exist yet)\n"
                + AcceptHint));
            Assert.That(_folder.FileNames(), Is.EqualTo(new[] { "EdgeTests.Sobel.received.png" }));
            Assert.That(ImageFile.Load(_received).ToArray(), Is.EqualTo(new Image(4, 4, 100).ToArray()));
        });
    }

    [Test]
    public void Snapshot_stores_values_rounded_and_clipped_to_8_bits()
    {
        var image = Image.FromRows([100.4, 100.5, -7, 300, double.NaN]);

        ImageSnapshot.Verify(image, ImageTolerance.Default, _location, _settings.Create(accept: true));

        Assert.That(ImageFile.Load(_verified).ToArray(), Is.EqualTo(new double[,] { { 100, 101, 0, 255, 0 } }));
    }

    [Test]
    public void Matching_image_passes_and_deletes_stale_received_files()
    {
        ImageFile.Save(new Image(4, 4, 100), _verified);
        File.WriteAllText(_received, "stale");
        File.WriteAllText(_heatMap, "stale");

        var result = ImageSnapshot.Verify(new Image(4, 4, 100), ImageTolerance.Exact, _location, _settings.Create());

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(SnapshotResult.Pass));
            Assert.That(_folder.FileNames(), Is.EqualTo(new[] { "EdgeTests.Sobel.verified.png" }));
        });
    }

    [Test]
    public void Difference_below_the_pixel_threshold_passes()
    {
        ImageFile.Save(new Image(4, 4, 100), _verified);
        var received = new Image(4, 4, 100);
        received[3, 3] = 101;

        var result = ImageSnapshot.Verify(received, ImageTolerance.Default, _location, _settings.Create());

        Assert.That(result.Passed, Is.True);
    }

    [Test]
    public void Difference_above_the_threshold_within_the_total_passes()
    {
        ImageFile.Save(new Image(4, 4, 100), _verified);
        var received = new Image(4, 4, 100);
        received[3, 3] = 120; // 20 / (16 × 255) = 0.49 % ≤ 1 %

        var result = ImageSnapshot.Verify(received, new ImageTolerance(1, 1), _location, _settings.Create());

        Assert.That(result.Passed, Is.True);
    }

    [Test]
    [NonParallelizable]
    public void In_a_graded_run_a_mismatch_explains_without_paths_or_accepting()
    {
        ImageFile.Save(new Image(4, 4, 100), _verified);
        var received = new Image(4, 4, 100);
        received[2, 1] = 150;
        using var elsewhere = new TemporaryFolder();
        Environment.SetEnvironmentVariable(SnapshotLocation.ReceivedDirectoryVariable, elsewhere.Path);
        try
        {
            var result = ImageSnapshot.Verify(received, new ImageTolerance(1, 1), _location, _settings.Create());

            Assert.Multiple(() =>
            {
                Assert.That(result.Passed, Is.False);
                Assert.That(result.Message, Is.EqualTo(
                    "Image snapshot EdgeTests.Sobel does not match its verified file: "
                    + "1 of 16 pixels differ by more than 1, a total difference of 1.2255 % where at most 1 % is allowed "
                    + "(ImageTolerance (pixel threshold 1, total difference ≤ 1 %)). The largest difference is 50 at (x: 2, y: 1).\n"
                    + "This run keeps its output apart from the lab's files (a graded run), so there is nothing to accept here: "
                    + "run the lab's visible tests on your own machine to see the received and the verified file side by side."));
                Assert.That(_folder.FileNames(), Is.EqualTo(new[] { "EdgeTests.Sobel.verified.png" }));
                Assert.That(elsewhere.FileNames(), Is.EqualTo(new[] { "EdgeTests.Sobel.received.png" }));
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(SnapshotLocation.ReceivedDirectoryVariable, null);
        }
    }

    [Test]
    public void Mismatch_writes_received_png_and_heat_map_and_explains()
    {
        ImageFile.Save(new Image(4, 4, 100), _verified);
        var received = new Image(4, 4, 100);
        received[2, 1] = 150; // 50 / (16 × 255) = 1.2255 % > 1 %
        received[0, 3] = 101; // within the threshold

        var result = ImageSnapshot.Verify(received, new ImageTolerance(1, 1), _location, _settings.Create());

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Message, Is.EqualTo(
                "Image snapshot EdgeTests.Sobel does not match its verified file: "
                + "1 of 16 pixels differ by more than 1, a total difference of 1.2255 % where at most 1 % is allowed "
                + "(ImageTolerance (pixel threshold 1, total difference ≤ 1 %)). The largest difference is 50 at (x: 2, y: 1).\n"
                + $"Received: {_received}\n"
                + $"Verified: {_verified}\n"
                + $"Difference: {_heatMap} (black = equal, blue = within the pixel threshold, red → yellow → white = counted differences, white = 50)\n"
                + AcceptHint));
            Assert.That(
                _folder.FileNames(),
                Is.EqualTo(new[] { "EdgeTests.Sobel.received.diff.png", "EdgeTests.Sobel.received.png", "EdgeTests.Sobel.verified.png" }));
            var map = ImageFile.Load(_heatMap);
            Assert.That(map.GetRgb(2, 1), Is.EqualTo(new Rgb(255, 255, 255)), "largest difference");
            Assert.That(map.GetRgb(0, 3), Is.EqualTo(new Rgb(0, 0, 160)), "ignored difference");
            Assert.That(map.GetRgb(1, 1), Is.EqualTo(new Rgb(0, 0, 0)), "equal pixel");
            Assert.That(ImageFile.Load(_verified).ToArray(), Is.EqualTo(new Image(4, 4, 100).ToArray()), "verified file unchanged");
        });
    }

    [Test]
    public void Different_shapes_fail_with_both_shapes_and_no_heat_map()
    {
        ImageFile.Save(Image.CreateRgb(5, 3), _verified);

        var result = ImageSnapshot.Verify(new Image(4, 3), ImageTolerance.Default, _location, _settings.Create());

        Assert.Multiple(() =>
        {
            Assert.That(result.Message, Does.StartWith(
                "Image snapshot EdgeTests.Sobel does not match its verified file: the received image is 4×3 but the verified image is 5×3 RGB.\n"));
            Assert.That(_folder.FileNames(), Is.EqualTo(new[] { "EdgeTests.Sobel.received.png", "EdgeTests.Sobel.verified.png" }));
        });
    }

    [Test]
    public void Accepting_replaces_the_verified_png_and_removes_received_files()
    {
        ImageFile.Save(new Image(4, 4, 100), _verified);
        File.WriteAllText(_received, "stale");
        File.WriteAllText(_heatMap, "stale");

        var result = ImageSnapshot.Verify(new Image(4, 4, 50), ImageTolerance.Default, _location, _settings.Create(accept: true));

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.True);
            Assert.That(result.Message, Is.EqualTo($"Image snapshot EdgeTests.Sobel accepted (LABS_ACCEPT_SNAPSHOTS is set): wrote {_verified}"));
            Assert.That(_folder.FileNames(), Is.EqualTo(new[] { "EdgeTests.Sobel.verified.png" }));
            Assert.That(ImageFile.Load(_verified).ToArray(), Is.EqualTo(new Image(4, 4, 50).ToArray()));
        });
    }

    [Test]
    public void An_empty_verified_png_counts_as_missing()
    {
        // Some diff tools create an empty file as a placeholder for a new snapshot.
        File.WriteAllBytes(_verified, []);

        var result = ImageSnapshot.Verify(new Image(2, 2), ImageTolerance.Default, _location, _settings.Create());

        Assert.That(result.Message, Does.StartWith("Image snapshot EdgeTests.Sobel has no verified file yet"));
    }

    [Test]
    public void An_unreadable_verified_file_is_reported_as_such()
    {
        File.WriteAllText(_verified, "not a png");

        var result = ImageSnapshot.Verify(new Image(2, 2), ImageTolerance.Default, _location, _settings.Create());

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Message, Does.StartWith("Image snapshot EdgeTests.Sobel does not match its verified file: the verified file cannot be read ("));
        });
    }

    [Test]
    public void Diff_tool_opens_on_a_mismatch_where_allowed()
    {
        ImageFile.Save(new Image(2, 2, 0), _verified);

        ImageSnapshot.Verify(new Image(2, 2, 255), ImageTolerance.Default, _location, _settings.Create(diffToolAllowed: true));

        Assert.That(_settings.Launches, Is.EqualTo(new[] { (_received, _verified) }));
    }

    [Test]
    public void Diff_tool_never_opens_where_not_allowed()
    {
        ImageFile.Save(new Image(2, 2, 0), _verified);

        ImageSnapshot.Verify(new Image(2, 2, 255), ImageTolerance.Default, _location, _settings.Create(diffToolAllowed: false));

        Assert.That(_settings.Launches, Is.Empty);
    }
}
