using Lab.Hidden.Tests.Reference;
using Labs.Imaging;
using Labs.Testing;

namespace Lab.Hidden.Tests;

/// <summary>Task 7 against the difference of two scipy.ndimage.gaussian_filter results.</summary>
[TestFixture, LabTask(7, "Difference of Gaussians")]
public sealed class DifferenceOfGaussiansGradingTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Difference_of_Gaussians_matches_scipy_for_every_condition()
    {
        var image = Image.FromArray(ScipyReference.Small);

        Assert.Multiple(() =>
        {
            foreach (var condition in GradingData.Conditions)
            {
                var result = Filtering.DifferenceOfGaussians(image, 1, 1.6, condition);

                Assert.That(result, Matches.Array(ScipyReference.DogSigma1And16[condition]).Within(Tolerance), condition.ToString());
            }
        });
    }

    [Test, Points(1)]
    public void Difference_of_Gaussians_subtracts_the_second_even_when_its_sigma_is_smaller()
    {
        var image = Image.FromArray(ScipyReference.Small);

        Assert.Multiple(() =>
        {
            foreach (var condition in GradingData.Conditions)
            {
                var result = Filtering.DifferenceOfGaussians(image, 2, 1.2, condition);

                Assert.That(result, Matches.Array(ScipyReference.DogSigma2And12[condition]).Within(Tolerance), condition.ToString());
            }
        });
    }
}
