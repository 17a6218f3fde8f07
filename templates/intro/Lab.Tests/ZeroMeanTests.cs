using Labs.Imaging;
using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(1, "Zero mean")]
public sealed class ZeroMeanTests
{
    private const double Tolerance = 1e-12;

    [Test, Points(1)]
    public void Subtracts_the_mean_from_every_pixel()
    {
        var image = Image.FromRows([1, 2], [3, 6]);

        var result = Basics.MakeZeroMean(image);

        // μ = (1 + 2 + 3 + 6) / 4 = 3, so every pixel moves down by 3.
        Assert.That(Pixels.Of(result), Matches.Vector([-2, -1, 0, 3]).Within(Tolerance)
            .WhenWrong("Compute the mean μ once, over all pixels, then subtract it from each pixel."));
    }

    [Test, Points(1)]
    public void Keeps_the_size_and_leaves_the_input_unchanged()
    {
        var image = Image.FromRows([5, 7, 9], [1, 3, 5]);

        var result = Basics.MakeZeroMean(image);

        Assert.Multiple(() =>
        {
            Assert.That(result.Shape, Is.EqualTo(image.Shape), "The result has the size of the input.");
            Assert.That(Pixels.Of(image), Matches.Vector([5, 7, 9, 1, 3, 5]),
                "MakeZeroMean returns a new image and leaves its input as it was.");
        });
    }
}
