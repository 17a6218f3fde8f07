namespace Labs.Imaging.Tests.Filtering;

/// <summary>
/// On images large enough to be split into row blocks and run in parallel, Correlate and Convolve agree with
/// the textbook four-loop correlation written with <see cref="Image.GetPixel(int, int, BoundaryCondition)"/>.
/// </summary>
public sealed class LargeImageTests
{
    // The same products summed in the same order: the results must be identical.
    private const double SameOrderTolerance = 0;

    // CorrelateSeparable sums in a different order from the 2-D kernel; values are around 1e2, so 1e-9 is generous.
    private const double ReorderedSumTolerance = 1e-9;

    private static readonly double[,] Kernel5x4 =
    {
        { 0.5, -1, 2, 0.25 },
        { 3, 1, -0.5, 2 },
        { -2, 4, 1, 0.125 },
        { 1, 1, -1, 3 },
        { 0.75, -3, 2, 1 },
    };

    [Test]
    public void Correlate_matches_the_four_loop_version([Values] BoundaryCondition condition)
    {
        var image = Noise(301, 203, seed: 1);

        var result = image.Correlate(Kernel5x4, condition);

        Assert.That(result.ToArray(), Is.EqualTo(FourLoopCorrelate(image, Kernel5x4, condition)).Within(SameOrderTolerance));
    }

    [Test]
    public void Convolve_matches_the_four_loop_version_with_the_flipped_kernel_and_moved_centre([Values] BoundaryCondition condition)
    {
        var image = Noise(257, 131, seed: 2);

        var result = image.Convolve(Kernel5x4, condition);

        // Flipped kernel; 5 rows keep centre 2, 4 columns move the centre from 2 to 1: prepend a zero column so that
        // the four-loop version (centre = columns / 2) puts the centre on flipped column 1.
        var flipped = new double[5, 5];
        for (var j = 0; j < 5; j++)
        {
            for (var i = 0; i < 4; i++)
            {
                flipped[j, i + 1] = Kernel5x4[4 - j, 3 - i];
            }
        }

        Assert.That(result.ToArray(), Is.EqualTo(FourLoopCorrelate(image, flipped, condition, skipZeros: true)).Within(SameOrderTolerance));
    }

    [Test]
    public void Rgb_correlation_equals_correlating_each_channel()
    {
        var red = Noise(200, 150, seed: 3);
        var green = Noise(200, 150, seed: 4);
        var blue = Noise(200, 150, seed: 5);

        var result = Image.FromChannels(red, green, blue).Correlate(Kernel5x4, BoundaryCondition.Symmetric);

        Assert.Multiple(() =>
        {
            Assert.That(result.GetChannel(0).ToArray(), Is.EqualTo(FourLoopCorrelate(red, Kernel5x4, BoundaryCondition.Symmetric)));
            Assert.That(result.GetChannel(1).ToArray(), Is.EqualTo(FourLoopCorrelate(green, Kernel5x4, BoundaryCondition.Symmetric)));
            Assert.That(result.GetChannel(2).ToArray(), Is.EqualTo(FourLoopCorrelate(blue, Kernel5x4, BoundaryCondition.Symmetric)));
        });
    }

    [Test]
    public void Separable_equals_correlation_with_the_outer_product([Values] BoundaryCondition condition)
    {
        var image = Noise(300, 220, seed: 6);
        double[] rowKernel = [1, -2, 0.5, 3];
        double[] columnKernel = [0.25, 2, -1, 1, 4];
        var outer = new double[columnKernel.Length, rowKernel.Length];
        for (var j = 0; j < columnKernel.Length; j++)
        {
            for (var i = 0; i < rowKernel.Length; i++)
            {
                outer[j, i] = columnKernel[j] * rowKernel[i];
            }
        }

        var result = image.CorrelateSeparable(rowKernel, columnKernel, condition);

        Assert.That(result.ToArray(), Is.EqualTo(FourLoopCorrelate(image, outer, condition)).Within(ReorderedSumTolerance));
    }

    private static Image Noise(int width, int height, int seed)
    {
        var random = new Random(seed);
        var image = new Image(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image.SetPixel(x, y, Math.Round(random.NextDouble() * 255, 3));
            }
        }

        return image;
    }

    private static double[,] FourLoopCorrelate(Image image, double[,] kernel, BoundaryCondition condition, bool skipZeros = false)
    {
        int rows = kernel.GetLength(0), columns = kernel.GetLength(1);
        var result = new double[image.Height, image.Width];
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var sum = 0.0;
                for (var j = 0; j < rows; j++)
                {
                    for (var i = 0; i < columns; i++)
                    {
                        if (skipZeros && kernel[j, i] == 0)
                        {
                            continue;
                        }

                        sum += kernel[j, i] * image.GetPixel(x + i - (columns / 2), y + j - (rows / 2), condition);
                    }
                }

                result[y, x] = sum;
            }
        }

        return result;
    }
}
