using Lab.Hidden.Tests.Reference;
using Labs.Imaging;
using Labs.Testing;

namespace Lab.Hidden.Tests;

/// <summary>Task 4 against scipy.ndimage.uniform_filter and the library's separable correlation.</summary>
[TestFixture, LabTask(4, "Moving average")]
public sealed class MovingAverageGradingTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Moving_average_matches_scipy_uniform_filter_for_every_condition()
    {
        var image = Image.FromArray(ScipyReference.Small);
        var references = new[] { (2, ScipyReference.UniformSize2), (3, ScipyReference.UniformSize3), (4, ScipyReference.UniformSize4) };

        Assert.Multiple(() =>
        {
            foreach (var (size, reference) in references)
            {
                foreach (var condition in GradingData.Conditions)
                {
                    var result = Filtering.MovingAverage(image, size, condition);

                    Assert.That(result, Matches.Array(reference[condition]).Within(Tolerance), $"size {size}, {condition}");
                }
            }
        });
    }

    [Test, Points(1)]
    public void Moving_average_of_any_size_matches_the_reference_and_rejects_sizes_below_1()
    {
        var random = new Random(401);
        Assert.Multiple(() =>
        {
            for (var size = 1; size <= 9; size++)
            {
                foreach (var condition in GradingData.Conditions)
                {
                    // Sizes up to 9 on images from 1×1 to 8×8: the window is often larger than the image.
                    var image = GradingData.RandomImage(random, random.Next(1, 9), random.Next(1, 9));
                    var weights = Enumerable.Repeat(1.0 / size, size).ToArray();

                    var result = Filtering.MovingAverage(image, size, condition);

                    Assert.That(result, Matches.Image(image.CorrelateSeparable(weights, weights, condition)).Within(Tolerance),
                        $"{image.Shape} image, size {size}, {condition}");
                }
            }

            var any = new Image(4, 4, fill: 1);
            Assert.That(() => Filtering.MovingAverage(any, 0, BoundaryCondition.Mirror), Throws.TypeOf<ArgumentOutOfRangeException>(), "size 0");
            Assert.That(() => Filtering.MovingAverage(any, -2, BoundaryCondition.Mirror), Throws.TypeOf<ArgumentOutOfRangeException>(), "size −2");
        });
    }
}
