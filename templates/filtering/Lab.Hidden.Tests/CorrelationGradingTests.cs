using Labs.Imaging;
using Labs.Testing;

namespace Lab.Hidden.Tests;

/// <summary>Task 1 against the library's Image.Correlate, which matches scipy.ndimage.correlate.</summary>
[TestFixture, LabTask(1, "Correlation")]
public sealed class CorrelationGradingTests
{
    private const double Tolerance = 1e-9;

    // Odd, even and mixed sizes, rows × columns.
    private static readonly (int Rows, int Columns)[] KernelShapes =
        [(1, 1), (1, 2), (2, 1), (3, 3), (2, 4), (4, 2), (5, 3), (3, 6), (6, 6), (7, 5)];

    [Test, Points(2)]
    public void Correlation_matches_the_reference_for_random_images_kernels_and_every_condition()
    {
        var random = new Random(101);
        Assert.Multiple(() =>
        {
            foreach (var (rows, columns) in KernelShapes)
            {
                foreach (var condition in GradingData.Conditions)
                {
                    var image = GradingData.RandomImage(random, random.Next(1, 14), random.Next(1, 14));
                    var kernel = GradingData.RandomKernel(random, rows, columns);

                    var result = Filtering.Correlate(image, kernel, condition);

                    Assert.That(result, Matches.Image(image.Correlate(kernel, condition)).Within(Tolerance),
                        $"{image.Shape} image, {rows}×{columns} kernel, {condition}");
                }
            }
        });
    }

    [Test, Points(1)]
    public void Correlation_handles_kernels_larger_than_the_image_and_one_pixel_images()
    {
        var random = new Random(102);
        var cases = new (int Width, int Height, int Rows, int Columns)[]
        {
            (3, 2, 7, 9), (3, 2, 8, 6), (1, 1, 3, 3), (1, 1, 4, 4), (1, 5, 5, 1), (5, 1, 2, 7),
        };
        Assert.Multiple(() =>
        {
            foreach (var (width, height, rows, columns) in cases)
            {
                foreach (var condition in GradingData.Conditions)
                {
                    var image = GradingData.RandomImage(random, width, height);
                    var kernel = GradingData.RandomKernel(random, rows, columns);

                    var result = Filtering.Correlate(image, kernel, condition);

                    Assert.That(result, Matches.Image(image.Correlate(kernel, condition)).Within(Tolerance),
                        $"{image.Shape} image, {rows}×{columns} kernel, {condition}");
                }
            }
        });
    }

    [Test, Points(1)]
    public void Correlation_spreads_NaN_over_the_kernel_footprint_and_leaves_the_input_unchanged()
    {
        var random = new Random(103);
        var image = GradingData.RandomImage(random, 7, 6);
        image[3, 2] = double.NaN;
        var before = image.Clone();
        var kernel = GradingData.RandomKernel(random, 3, 2);

        var results = GradingData.Conditions.Select(c => Filtering.Correlate(image, kernel, c)).ToList();

        // 3×2 kernel, centre row 1 and column 1: out(x, y) reads f(x + i − 1, y + j − 1) for i in 0..1 and j in 0..2,
        // so the NaN at (3, 2) reaches x = 3, 4 and y = 1, 2, 3: six pixels (and no others, the NaN being inside).
        Assert.Multiple(() =>
        {
            for (var c = 0; c < results.Count; c++)
            {
                var condition = GradingData.Conditions[c];
                Assert.That(results[c], Matches.Image(image.Correlate(kernel, condition)).Within(Tolerance), condition.ToString());
                Assert.That(results[c].ToArray().Cast<double>().Count(double.IsNaN), Is.EqualTo(6), $"NaN pixels under {condition}");
            }

            Assert.That(image, Matches.Image(before).Within(0), "Correlate returns a new image and leaves its input as it was.");
        });
    }
}
