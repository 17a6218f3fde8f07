using Labs.Imaging;
using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(4, "Histogram")]
public sealed class HistogramTests
{
    [Test, Points(1)]
    public void Counts_each_grey_level()
    {
        var histogram = Histograms.Count(Image.FromRows([0, 1, 1], [255, 1, 0]));

        Assert.Multiple(() =>
        {
            Assert.That(histogram, Has.Length.EqualTo(256), "One count per grey level 0..255.");
            Assert.That(new double[] { histogram[0], histogram[1], histogram[2], histogram[255] },
                Matches.Vector([2, 3, 0, 1]), "Counts of the levels 0, 1, 2 and 255.");
        });
    }

    [Test, Points(1)]
    public void Counts_of_the_camera_image_add_up_to_its_pixels()
    {
        var camera = ImageFile.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "images", "camera.png"));

        var histogram = Histograms.Count(camera);

        Assert.That(histogram.Sum(), Is.EqualTo(camera.PixelCount), "Every pixel is counted exactly once.");
    }
}
