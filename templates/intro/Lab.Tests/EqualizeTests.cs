using Labs.Imaging;
using Labs.Testing;
using Labs.Testing.Snapshots;

namespace Lab.Tests;

[TestFixture, LabTask(5, "Histogram equalization")]
public sealed class EqualizeTests
{
    [Test, Points(1)]
    public void Four_pixels_are_spread_over_0_to_255()
    {
        // Levels 0, 0, 1, 3: C(0) = 2, C(1) = 3, C(3) = 4, C_min = 2, N = 4.
        // g(0) = 255 · 0 / 2 = 0, g(1) = 255 · 1 / 2 = 127.5 → 128, g(3) = 255 · 2 / 2 = 255.
        var result = Histograms.Equalize(Image.FromRows([0, 0, 1, 3]));

        Assert.That(result, Matches.Image(Image.FromRows([0, 0, 128, 255])).Within(1e-9)
            .WhenWrong("Use the cumulative histogram $C(k)$ and subtract $C_{min}$, the smallest non-zero $C(k)$."));
    }

    [Test, Points(1)]
    public void Equalized_camera_image_matches_the_snapshot()
    {
        var camera = ImageFile.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "images", "camera.png"));

        Snapshot.Verify(Histograms.Equalize(camera), ImageTolerance.Exact);
    }
}
