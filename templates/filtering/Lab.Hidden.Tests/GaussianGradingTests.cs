using Lab.Hidden.Tests.Reference;
using Labs.Imaging;
using Labs.Testing;

namespace Lab.Hidden.Tests;

/// <summary>Task 6 against scipy.ndimage.gaussian_filter (truncate 4).</summary>
[TestFixture, LabTask(6, "Gaussian smoothing")]
public sealed class GaussianGradingTests
{
    private const double KernelTolerance = 1e-12;
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Gaussian_kernels_match_scipy_for_many_sigmas()
    {
        var kernels = ScipyReference.GaussianKernels.ToDictionary(k => k.Key, k => Filtering.GaussianKernel(k.Key));

        Assert.Multiple(() =>
        {
            foreach (var (sigma, reference) in ScipyReference.GaussianKernels)
            {
                Assert.That(kernels[sigma], Matches.Vector(reference).Within(KernelTolerance), $"σ = {sigma}");
            }
        });
    }

    [Test, Points(1)]
    public void Gaussian_smoothing_matches_scipy_for_every_condition_and_on_the_retina_image()
    {
        var image = Image.FromArray(ScipyReference.Small);
        var retina = GradingData.Load("microaneurysms.png");
        var scipyKernel = ScipyReference.GaussianKernels[1.3];

        var retinaResult = Filtering.Gaussian(retina, 1.3, BoundaryCondition.Symmetric);

        Assert.Multiple(() =>
        {
            foreach (var condition in GradingData.Conditions)
            {
                // σ = 2.2 has radius 9, longer than the image's 6 rows: the boundary condition is applied again and again.
                var narrow = Filtering.Gaussian(image, 0.8, condition);
                var wide = Filtering.Gaussian(image, 2.2, condition);

                Assert.That(narrow, Matches.Array(ScipyReference.GaussianSigma08[condition]).Within(Tolerance), $"σ = 0.8, {condition}");
                Assert.That(wide, Matches.Array(ScipyReference.GaussianSigma22[condition]).Within(Tolerance), $"σ = 2.2, {condition}");
            }

            // On the real image: the library's separable correlation with scipy's own weights.
            Assert.That(retinaResult, Matches.Image(retina.CorrelateSeparable(scipyKernel, scipyKernel, BoundaryCondition.Symmetric)).Within(Tolerance),
                "microaneurysms.png, σ = 1.3, Symmetric");
        });
    }

    [Test, Points(1)]
    public void Gaussian_kernel_rejects_sigmas_that_are_not_positive_and_finite()
    {
        // A valid σ first: an unfinished GaussianKernel stops here with its to-do message, not with four "wrong exception" failures.
        Assert.That(Filtering.GaussianKernel(1), Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var sigma in new[] { 0, -1.5, double.NaN, double.PositiveInfinity })
            {
                Assert.That(() => Filtering.GaussianKernel(sigma), Throws.TypeOf<ArgumentOutOfRangeException>(), $"σ = {sigma}");
            }
        });
    }
}
