using Labs.Imaging;
using Labs.Testing.Snapshots;

namespace Labs.Testing.Tests.Snapshots;

/// <summary>
/// Uses the public <see cref="Snapshot"/> entry point with the .verified files committed beside this source file,
/// the way a lab's tests do.
/// </summary>
public sealed class SnapshotEndToEndTests
{
    [Test]
    public void Text_snapshot_matches_the_committed_file()
    {
        var table = string.Join('\n', Enumerable.Range(0, 4).Select(level => $"level {level}: {level * level} pixels"));

        Snapshot.Verify(table);
    }

    [TestCase(2)]
    [TestCase(3)]
    public void Parameterized_snapshot_has_one_file_per_argument(int size)
    {
        var square = string.Join('\n', Enumerable.Repeat(new string('#', size), size));

        Snapshot.Verify(square);
    }

    [Test]
    public void Gray_gradient_matches_the_committed_png()
    {
        // The verified PNG was written independently of ImageFile: an 8-bit grayscale PNG with value 16 x + y.
        var gradient = new Image(16, 8);
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 16; x++)
            {
                gradient[x, y] = (16 * x) + y;
            }
        }

        Snapshot.Verify(gradient, ImageTolerance.Exact);
    }

    [Test]
    public void Rgb_image_matches_the_committed_png()
    {
        // Verified PNG written independently: red = 60 x, green = 200 y, blue = 255 − 60 x.
        var image = Image.CreateRgb(4, 2);
        for (var y = 0; y < 2; y++)
        {
            for (var x = 0; x < 4; x++)
            {
                image.SetRgb(x, y, new Rgb(60 * x, 200 * y, 255 - (60 * x)));
            }
        }

        Snapshot.Verify(image, ImageTolerance.Exact);
    }
}
