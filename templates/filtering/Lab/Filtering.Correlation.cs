using Labs.Imaging;

namespace Lab;

/// <summary>
/// Linear filters written by hand: correlation, convolution, separable filtering and the classic kernels built on them
/// (moving average, Sobel, Gaussian, difference of Gaussians). Every method follows scipy.ndimage's conventions, so you
/// can compare your results with Python. Write each method where it says <c>throw new NotImplementedException();</c>.
/// README.md explains the tasks.
/// </summary>
public static partial class Filtering
{
    /// <summary>
    /// Task 1: correlates <paramref name="image"/> with <paramref name="kernel"/>: lays the kernel over every pixel, with
    /// the kernel's centre on the pixel, and adds up each weight times the pixel under it (scipy.ndimage.correlate):
    /// out(x, y) = Σ<sub>j</sub> Σ<sub>i</sub> kernel[j, i] · f(x + i − c<sub>x</sub>, y + j − c<sub>y</sub>).
    /// </summary>
    /// <param name="image">The grey-level image f; it is not changed.</param>
    /// <param name="kernel">
    /// The weights, indexed <c>[row, column]</c> = <c>[j, i]</c> like an image array, any size from 1×1 up (odd or even).
    /// Its centre is row c<sub>y</sub> = rows / 2 and column c<sub>x</sub> = columns / 2 (integer division).
    /// </param>
    /// <param name="condition">How the image continues beyond its edges: read pixels with
    /// <c>image.GetPixel(x, y, condition)</c>, which works for any x and y.</param>
    /// <returns>A new image of the same size as <paramref name="image"/>.</returns>
    /// <example>
    /// <code>
    /// // The kernel { { 1, 2, 3 } } on the row [1 2 3 4 5 6] with Symmetric borders (scipy 'reflect'):
    /// // out(0) = 1·f(−1) + 2·f(0) + 3·f(1) = 1·1 + 2·1 + 3·2 = 9, and so on: [9 14 20 26 32 35].
    /// Filtering.Correlate(Image.FromRows([1, 2, 3, 4, 5, 6]), new double[,] { { 1, 2, 3 } }, BoundaryCondition.Symmetric);
    /// </code>
    /// </example>
    public static Image Correlate(Image image, double[,] kernel, BoundaryCondition condition)
    {
#if SOLUTION
        int rows = kernel.GetLength(0), columns = kernel.GetLength(1);
        int centreRow = rows / 2, centreColumn = columns / 2;
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var sum = 0.0;
                for (var j = 0; j < rows; j++)
                {
                    for (var i = 0; i < columns; i++)
                    {
                        sum += kernel[j, i] * image.GetPixel(x + i - centreColumn, y + j - centreRow, condition);
                    }
                }

                result[x, y] = sum;
            }
        }

        return result;
#else
        throw new NotImplementedException();
#endif
    }

    /// <summary>
    /// Task 2: convolves <paramref name="image"/> with <paramref name="kernel"/> (scipy.ndimage.convolve): the same as
    /// correlation, but every offset is taken the other way round, which turns the kernel by 180°:
    /// out(x, y) = Σ<sub>j</sub> Σ<sub>i</sub> kernel[j, i] · f(x − i + c<sub>x</sub>, y − j + c<sub>y</sub>),
    /// with the same centre c<sub>y</sub> = rows / 2, c<sub>x</sub> = columns / 2 as in <see cref="Correlate"/>.
    /// </summary>
    /// <param name="image">The grey-level image f; it is not changed.</param>
    /// <param name="kernel">The weights, indexed <c>[row, column]</c>, any size from 1×1 up (odd or even).</param>
    /// <param name="condition">How the image continues beyond its edges.</param>
    /// <returns>A new image of the same size as <paramref name="image"/>.</returns>
    /// <remarks>
    /// For an odd size this is <see cref="Correlate"/> with the kernel turned by 180°. For an even size it is not:
    /// the kernel { { 1, 10 } } gives 10·f(x) + 1·f(x + 1), whereas correlating with the turned kernel { { 10, 1 } }
    /// gives 10·f(x − 1) + 1·f(x), one pixel off.
    /// </remarks>
    /// <example>
    /// <code>
    /// // An impulse convolved with a kernel gives the kernel itself back, the right way round.
    /// Filtering.Convolve(impulse, new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }, BoundaryCondition.Zero);
    /// </code>
    /// </example>
    public static Image Convolve(Image image, double[,] kernel, BoundaryCondition condition)
    {
#if SOLUTION
        int rows = kernel.GetLength(0), columns = kernel.GetLength(1);
        int centreRow = rows / 2, centreColumn = columns / 2;
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var sum = 0.0;
                for (var j = 0; j < rows; j++)
                {
                    for (var i = 0; i < columns; i++)
                    {
                        sum += kernel[j, i] * image.GetPixel(x - i + centreColumn, y - j + centreRow, condition);
                    }
                }

                result[x, y] = sum;
            }
        }

        return result;
#else
        throw new NotImplementedException();
#endif
    }
}
