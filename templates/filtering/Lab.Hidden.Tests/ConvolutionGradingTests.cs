using Labs.Imaging;
using Labs.Testing;

namespace Lab.Hidden.Tests;

/// <summary>Task 2 against the library's Image.Convolve, which matches scipy.ndimage.convolve (even kernels included).</summary>
[TestFixture, LabTask(2, "Convolution")]
public sealed class ConvolutionGradingTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Convolution_matches_the_reference_for_random_images_kernels_and_every_condition()
    {
        var random = new Random(201);
        var shapes = new (int Rows, int Columns)[] { (1, 1), (1, 3), (3, 1), (3, 3), (5, 5), (3, 7) };
        Assert.Multiple(() =>
        {
            foreach (var (rows, columns) in shapes)
            {
                foreach (var condition in GradingData.Conditions)
                {
                    var image = GradingData.RandomImage(random, random.Next(1, 14), random.Next(1, 14));
                    var kernel = GradingData.RandomKernel(random, rows, columns);

                    var result = Filtering.Convolve(image, kernel, condition);

                    Assert.That(result, Matches.Image(image.Convolve(kernel, condition)).Within(Tolerance),
                        $"{image.Shape} image, {rows}×{columns} kernel, {condition}");
                }
            }
        });
    }

    [Test, Points(1)]
    public void Convolution_with_even_and_oversized_kernels_matches_the_reference()
    {
        var random = new Random(202);
        var cases = new (int Width, int Height, int Rows, int Columns)[]
        {
            (6, 5, 2, 2), (7, 4, 4, 2), (5, 8, 2, 6), (9, 9, 6, 4), (3, 2, 8, 7), (1, 1, 4, 5), (2, 3, 1, 8),
        };
        Assert.Multiple(() =>
        {
            foreach (var (width, height, rows, columns) in cases)
            {
                foreach (var condition in GradingData.Conditions)
                {
                    var image = GradingData.RandomImage(random, width, height);
                    var kernel = GradingData.RandomKernel(random, rows, columns);

                    var result = Filtering.Convolve(image, kernel, condition);

                    Assert.That(result, Matches.Image(image.Convolve(kernel, condition)).Within(Tolerance),
                        $"{image.Shape} image, {rows}×{columns} kernel, {condition}");
                }
            }
        });
    }
}
