using Labs.Imaging;
using Labs.Testing;
using Labs.Testing.Snapshots;

namespace Lab.Tests;

[TestFixture, LabTask(6, "Gaussian smoothing")]
public sealed class GaussianTests
{
    private const double KernelTolerance = 1e-12;

    [Test, Points(1)]
    public void Kernel_for_sigma_1_has_the_weights_of_scipy()
    {
        var kernel = Filtering.GaussianKernel(1);

        // r = ⌊4 · 1 + 0.5⌋ = 4, so 9 weights exp(−k² / 2) / S for k = −4 … 4, with S = Σ exp(−k² / 2) = 2.5066…
        // The numbers are scipy.ndimage's: gaussian_filter1d(impulse, 1) read back.
        double[] scipy =
        [
            0.00013383062461474175, 0.0044318616200312655, 0.05399112742070441, 0.24197144565660073, 0.39894346935609776,
            0.24197144565660073, 0.05399112742070441, 0.0044318616200312655, 0.00013383062461474175,
        ];
        Assert.That(kernel, Matches.Vector(scipy).Within(KernelTolerance)
            .WhenWrong("w[k + r] = exp(−k² / (2σ²)) for k = −r … r, then divide every weight by their sum."));
    }

    [Test, Points(1)]
    public void Kernel_radius_is_four_sigma_rounded_down_after_adding_a_half()
    {
        // r = ⌊4σ + 0.5⌋: 0.5 → ⌊2.5⌋ = 2, 0.62 → ⌊2.98⌋ = 2, 0.63 → ⌊3.02⌋ = 3, 2 → ⌊8.5⌋ = 8, 2.4 → ⌊10.1⌋ = 10.
        double[] sigmas = [0.5, 0.62, 0.63, 2, 2.4];
        int[] lengths = [5, 5, 7, 17, 21];

        var kernels = sigmas.Select(Filtering.GaussianKernel).ToList();

        Assert.Multiple(() =>
        {
            for (var k = 0; k < sigmas.Length; k++)
            {
                Assert.That(kernels[k], Has.Length.EqualTo(lengths[k]),
                    $"GaussianKernel({sigmas[k]}) has 2r + 1 weights with r = ⌊4σ + 0.5⌋ (scipy's truncate = 4).");
                Assert.That(kernels[k].Sum(), Matches.Value(1).Within(KernelTolerance),
                    $"The weights of GaussianKernel({sigmas[k]}) add up to 1, so a flat image stays as it is.");
            }
        });
    }

    [Test, Points(1)]
    public void Camera_detail_blurred_with_sigma_2()
    {
        var blurred = Filtering.Gaussian(TestImages.CameraDetail, 2, BoundaryCondition.Mirror);

        // Checked against scipy.ndimage.gaussian_filter(camera[40:296, 120:376], 2, mode='mirror').
        Snapshot.Verify(blurred);
    }
}
