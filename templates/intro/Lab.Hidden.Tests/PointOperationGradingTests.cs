using Labs.Imaging;
using Labs.Testing;

namespace Lab.Hidden.Tests;

/// <summary>Hidden checks of tasks 3 to 6 on random and real images, against independent computations.</summary>
public sealed class PointOperationGradingTests
{
    private const double Tolerance = 1e-9;

    private static Image Camera => ImageFile.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "images", "camera.png"));

    [Test, Points(1), LabTask(3, "Normalize mean and standard deviation")]
    public void Normalized_random_image_has_the_chosen_mean_and_standard_deviation()
    {
        var random = new Random(31);
        var image = new Image(37, 23);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                image[x, y] = (random.NextDouble() * 400) - 100;
            }
        }

        var result = Basics.NormalizeStatistics(image, mean: 0.5, standardDeviation: 0.25);

        Assert.Multiple(() =>
        {
            Assert.That(result.Mean(), Matches.Value(0.5).Within(Tolerance));
            Assert.That(result.StandardDeviation(), Matches.Value(0.25).Within(Tolerance));
            Assert.That(image[0, 0], Is.Not.EqualTo(result[0, 0]), "The input image stays as it was.");
        });
    }

    [Test, Points(1), LabTask(4, "Histogram")]
    public void Histogram_of_the_camera_image_counts_every_level()
    {
        var camera = Camera;

        var histogram = Histograms.Count(camera);

        // Independent count: bins of width 1 centred on the integers 0..255.
        var expected = camera.Histogram(256, -0.5, 255.5).Counts.Select(c => (double)c);
        Assert.That(histogram.Select(c => (double)c), Matches.Vector(expected));
    }

    [Test, Points(1), LabTask(5, "Histogram equalization")]
    public void Equalized_camera_image_follows_the_cumulative_histogram()
    {
        var camera = Camera;
        var counts = camera.Histogram(256, -0.5, 255.5).Counts;
        var cumulative = new long[256];
        long running = 0;
        for (var k = 0; k < 256; k++)
        {
            running += counts[k];
            cumulative[k] = running;
        }

        var smallest = cumulative.First(c => c > 0);
        var expected = new Image(camera.Width, camera.Height);
        for (var y = 0; y < camera.Height; y++)
        {
            for (var x = 0; x < camera.Width; x++)
            {
                var c = cumulative[(int)camera[x, y]];
                expected[x, y] = Math.Round(255.0 * (c - smallest) / (camera.PixelCount - smallest), MidpointRounding.AwayFromZero);
            }
        }

        Assert.That(Histograms.Equalize(camera), Matches.Image(expected).Within(Tolerance));
    }

    [Test, Points(1), LabTask(5, "Histogram equalization")]
    public void Equalizing_a_constant_image_leaves_it_unchanged() =>
        Assert.That(Histograms.Equalize(new Image(4, 3, 90)), Matches.Image(new Image(4, 3, 90)));

    [Test, Points(2), LabTask(6, "Otsu threshold")]
    public void Otsu_threshold_of_the_camera_image_maximizes_the_between_class_variance()
    {
        var pixels = Camera.ToArray().Cast<double>().ToArray();

        // Brute force over the pixels themselves (not a histogram): the first t with the largest variance.
        var best = -1;
        var bestVariance = double.NegativeInfinity;
        for (var t = 0; t < 255; t++)
        {
            var dark = pixels.Where(p => p <= t).ToArray();
            var bright = pixels.Where(p => p > t).ToArray();
            if (dark.Length == 0 || bright.Length == 0)
            {
                continue;
            }

            double w0 = (double)dark.Length / pixels.Length, w1 = (double)bright.Length / pixels.Length;
            var variance = w0 * w1 * Math.Pow(dark.Average() - bright.Average(), 2);
            if (variance > bestVariance * (1 + 1e-12))
            {
                bestVariance = variance;
                best = t;
            }
        }

        Assert.That(Histograms.OtsuThreshold(Camera), Matches.Value(best));
    }
}
