using Labs.Imaging;
using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(7, "Difference of Gaussians")]
public sealed class DifferenceOfGaussiansTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Flat_image_gives_zero_everywhere()
    {
        var flat = new Image(6, 5, fill: 50);

        var result = Filtering.DifferenceOfGaussians(flat, 1, 1.6, BoundaryCondition.Mirror);

        // Both smoothings keep a flat image as it is (their weights add up to 1): 50 − 50 = 0.
        Assert.That(result, Matches.Image(new Image(6, 5)).Within(Tolerance)
            .WhenWrong("Subtract the two smoothed images pixel by pixel: G(σ1) ∗ f − G(σ2) ∗ f."));
    }

    [Test, Points(1)]
    public void Impulse_response_peaks_at_the_centre_and_adds_up_to_zero()
    {
        var impulse = TestImages.Impulse(31, 31, 15, 15);

        var result = Filtering.DifferenceOfGaussians(impulse, 1, 1.6, BoundaryCondition.Zero);

        // Smoothing an impulse gives the 2-D kernel w[j]·w[i]; at the centre that is w(0)², where w(0) is the middle
        // weight: 0.39894… for σ = 1 and 0.24935… for σ = 1.6 (scipy's kernels). Both 2-D kernels fit inside the image
        // (radius 6 for σ = 1.6) and each adds up to 1, so their difference adds up to 0.
        const double middleSigma1 = 0.39894346935609776, middleSigma16 = 0.24934808125697797;
        double sum = 0;
        for (var y = 0; y < result.Height; y++)
        {
            for (var x = 0; x < result.Width; x++)
            {
                sum += result[x, y];
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(result[15, 15], Matches.Value((middleSigma1 * middleSigma1) - (middleSigma16 * middleSigma16)).Within(Tolerance)
                .WhenWrong("The result is the σ1 smoothing minus the σ2 smoothing, in that order."));
            Assert.That(sum, Matches.Value(0).Within(Tolerance)
                .WhenWrong("A difference of two kernels that each add up to 1 adds up to 0."));
        });
    }
}
