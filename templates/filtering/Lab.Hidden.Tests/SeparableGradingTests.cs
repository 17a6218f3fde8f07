using Labs.Imaging;
using Labs.Testing;

namespace Lab.Hidden.Tests;

/// <summary>Task 3 against the library's Image.CorrelateSeparable (scipy.ndimage.correlate1d along each axis).</summary>
[TestFixture, LabTask(3, "Separable correlation")]
public sealed class SeparableGradingTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Separable_correlation_matches_the_reference_for_every_condition()
    {
        var random = new Random(301);
        Assert.Multiple(() =>
        {
            for (var round = 0; round < 8; round++)
            {
                foreach (var condition in GradingData.Conditions)
                {
                    var image = GradingData.RandomImage(random, random.Next(1, 20), random.Next(1, 20));
                    var rowKernel = GradingData.RandomVector(random, random.Next(1, 8));
                    var columnKernel = GradingData.RandomVector(random, random.Next(1, 8));

                    var result = Filtering.CorrelateSeparable(image, rowKernel, columnKernel, condition);

                    Assert.That(result, Matches.Image(image.CorrelateSeparable(rowKernel, columnKernel, condition)).Within(Tolerance),
                        $"{image.Shape} image, row kernel of {rowKernel.Length}, column kernel of {columnKernel.Length}, {condition}");
                }
            }
        });
    }

    [Test, Points(1)]
    public void Separable_correlation_handles_kernels_longer_than_the_image()
    {
        var random = new Random(302);
        var cases = new (int Width, int Height, int RowLength, int ColumnLength)[] { (2, 3, 9, 6), (1, 1, 4, 3), (4, 1, 1, 10), (1, 6, 7, 2) };
        Assert.Multiple(() =>
        {
            foreach (var (width, height, rowLength, columnLength) in cases)
            {
                foreach (var condition in GradingData.Conditions)
                {
                    var image = GradingData.RandomImage(random, width, height);
                    var rowKernel = GradingData.RandomVector(random, rowLength);
                    var columnKernel = GradingData.RandomVector(random, columnLength);

                    var result = Filtering.CorrelateSeparable(image, rowKernel, columnKernel, condition);

                    Assert.That(result, Matches.Image(image.CorrelateSeparable(rowKernel, columnKernel, condition)).Within(Tolerance),
                        $"{image.Shape} image, row kernel of {rowLength}, column kernel of {columnLength}, {condition}");
                }
            }
        });
    }
}
