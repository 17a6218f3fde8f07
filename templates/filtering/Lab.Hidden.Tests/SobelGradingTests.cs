using Lab.Hidden.Tests.Reference;
using Labs.Imaging;
using Labs.Testing;

namespace Lab.Hidden.Tests;

/// <summary>Task 5 against scipy.ndimage.sobel.</summary>
[TestFixture, LabTask(5, "Sobel gradient")]
public sealed class SobelGradingTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Sobel_derivatives_match_scipy_for_every_condition()
    {
        var image = Image.FromArray(ScipyReference.Small);

        Assert.Multiple(() =>
        {
            foreach (var condition in GradingData.Conditions)
            {
                var gx = Filtering.SobelX(image, condition);
                var gy = Filtering.SobelY(image, condition);

                Assert.That(gx, Matches.Array(ScipyReference.SobelX[condition]).Within(Tolerance), $"SobelX, {condition}");
                Assert.That(gy, Matches.Array(ScipyReference.SobelY[condition]).Within(Tolerance), $"SobelY, {condition}");
            }
        });
    }

    [Test, Points(1)]
    public void Sobel_magnitude_matches_scipy_for_every_condition()
    {
        var image = Image.FromArray(ScipyReference.Small);

        Assert.Multiple(() =>
        {
            foreach (var condition in GradingData.Conditions)
            {
                var magnitude = Filtering.SobelMagnitude(image, condition);

                Assert.That(magnitude, Matches.Array(ScipyReference.SobelMagnitude[condition]).Within(Tolerance), condition.ToString());
            }
        });
    }
}
