using Labs.Imaging;
using Labs.Testing;

namespace Lab.Hidden.Tests;

public sealed class GradingTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1), LabTask(1, "Zero mean")]
    public void Zero_mean_of_a_ramp_has_mean_zero_and_keeps_differences()
    {
        // f(x, y) = x + 100 y on 64 × 32 pixels: μ = mean(x) + 100 · mean(y) = 31.5 + 100 · 15.5 = 1581.5.
        var image = new Image(64, 32);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                image[x, y] = x + (100 * y);
            }
        }

        var result = Basics.MakeZeroMean(image);

        Assert.Multiple(() =>
        {
            Assert.That(result[0, 0], Matches.Value(-1581.5).Within(Tolerance));
            Assert.That(result[63, 31], Matches.Value(63 + 3100 - 1581.5).Within(Tolerance));
        });
    }

    [Test, Points(1), LabTask(2, "Contrast stretch")]
    public void Contrast_stretch_handles_negative_values()
    {
        var image = Image.FromRows([-4, 0], [4, -2]);

        var result = Basics.StretchContrast(image);

        // min = −4, max = 4, range 8: (−4 + 4) / 8 = 0, (0 + 4) / 8 = 0.5, (4 + 4) / 8 = 1, (−2 + 4) / 8 = 0.25.
        Assert.That(result.ToArray().Cast<double>(), Matches.Vector([0, 0.5, 1, 0.25]).Within(Tolerance));
    }
}
