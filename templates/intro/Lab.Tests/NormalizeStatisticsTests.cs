using Labs.Imaging;
using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(3, "Normalize mean and standard deviation")]
public sealed class NormalizeStatisticsTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Two_pixels_get_the_chosen_mean_and_spread()
    {
        // f = [1, 3]: μ = 2, σ = √(((1 − 2)² + (3 − 2)²) / 2) = 1, so g = 10 + 2 · (f − 2) = [8, 12].
        var result = Basics.NormalizeStatistics(Image.FromRows([1, 3]), mean: 10, standardDeviation: 2);

        Assert.That(Pixels.Of(result), Matches.Vector([8, 12]).Within(Tolerance)
            .WhenWrong("Divide by the population standard deviation: $\\sigma^2 = \\frac{1}{N}\\sum (f - \\mu)^2$ (N, not N − 1)."));
    }

    [Test, Points(1)]
    public void A_constant_image_becomes_the_chosen_mean()
    {
        var result = Basics.NormalizeStatistics(new Image(3, 2, 7), mean: -1, standardDeviation: 5);

        // σ = 0: there is nothing to scale, and 0 / 0 must not turn into NaN.
        Assert.That(Pixels.Of(result), Matches.Vector([-1, -1, -1, -1, -1, -1]).Within(Tolerance)
            .WhenWrong("When σ = 0 every pixel equals the mean; dividing by σ would give NaN."));
    }
}
