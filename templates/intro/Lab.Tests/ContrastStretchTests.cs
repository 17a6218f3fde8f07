using Labs.Imaging;
using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(2, "Contrast stretch")]
public sealed class ContrastStretchTests
{
    private const double Tolerance = 1e-12;

    [Test, Points(1)]
    public void Maps_the_darkest_pixel_to_0_and_the_brightest_to_1()
    {
        var image = Image.FromRows([10, 15, 30]);

        var result = Basics.StretchContrast(image);

        // min = 10, max = 30: (10 − 10) / 20 = 0, (15 − 10) / 20 = 0.25, (30 − 10) / 20 = 1.
        Assert.That(Pixels.Of(result), Matches.Vector([0, 0.25, 1]).Within(Tolerance)
            .WhenWrong("Subtract the minimum first, then divide by the range max − min."));
    }

    [Test, Points(1)]
    public void Constant_image_gives_zeros()
    {
        var image = new Image(2, 2, fill: 7);

        var result = Basics.StretchContrast(image);

        // max − min = 0: there is no contrast to stretch, and dividing by 0 would give NaN.
        Assert.That(Pixels.Of(result), Matches.Vector([0, 0, 0, 0]).Within(Tolerance)
            .WhenWrong("When max = min, return zeros instead of dividing by zero."));
    }
}
