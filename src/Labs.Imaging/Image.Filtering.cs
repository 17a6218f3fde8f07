using System.Globalization;
using Labs.Imaging.Filtering;

namespace Labs.Imaging;

/// <summary>Correlation and convolution with a kernel, with exactly the conventions of scipy.ndimage.</summary>
public sealed partial class Image
{
    /// <summary>
    /// Returns a new image in which every pixel is the weighted sum of its neighbourhood:
    /// the kernel is laid over the image with its centre on the pixel, and each weight multiplies the pixel under it.
    /// This is scipy.ndimage.correlate.
    /// </summary>
    /// <remarks>
    /// <para>For a kernel with R rows and C columns the centre is row R / 2 and column C / 2 (integer division),
    /// so out(x, y) = Σ<sub>j,i</sub> kernel[j, i] · in(x + i − C / 2, y + j − R / 2).
    /// For an even size the centre is the later of the two middle positions: the kernel <c>{ { 1, 10 } }</c>
    /// gives 1 · in(x − 1, y) + 10 · in(x, y).</para>
    /// <para>An RGB image is filtered channel by channel. This image is not changed.</para>
    /// <para>As in scipy, weights whose magnitude is at most 2.2·10⁻¹⁶ (the machine epsilon), and NaN weights,
    /// are left out of the sum, so a zero weight never turns a NaN neighbour into a NaN result.</para>
    /// </remarks>
    /// <param name="kernel">The weights, indexed <c>[row, column]</c> like an image array; any size from 1×1 up.</param>
    /// <param name="condition">How the image continues beyond its edges, for pixels near the border.</param>
    /// <returns>A new image of the same size and channel count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kernel"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kernel"/> has no rows or no columns.</exception>
    /// <example>
    /// <code>
    /// double[,] sobelX = { { -1, 0, 1 }, { -2, 0, 2 }, { -1, 0, 1 } };
    /// Image gradient = image.Correlate(sobelX, BoundaryCondition.Symmetric);
    /// </code>
    /// </example>
    public Image Correlate(double[,] kernel, BoundaryCondition condition)
    {
        CheckKernel(nameof(Correlate), kernel, condition);
        int rows = kernel.GetLength(0), columns = kernel.GetLength(1);
        var taps = new List<KernelTap>(rows * columns);
        for (var j = 0; j < rows; j++)
        {
            for (var i = 0; i < columns; i++)
            {
                AddTap(taps, j, i, kernel[j, i]);
            }
        }

        return Correlation.Correlate2D(this, [.. taps], rows, columns, rows / 2, columns / 2, condition);
    }

    /// <summary>
    /// Returns a new image convolved with <paramref name="kernel"/>: like <see cref="Correlate"/>, but with the kernel
    /// turned by 180° first. This is scipy.ndimage.convolve.
    /// </summary>
    /// <remarks>
    /// <para>For an odd size this is exactly <see cref="Correlate"/> with the flipped kernel. For an even size the centre
    /// moves with the flip, as in scipy: the kernel <c>{ { 1, 10 } }</c> gives 10 · in(x, y) + 1 · in(x + 1, y),
    /// whereas correlating gives 1 · in(x − 1, y) + 10 · in(x, y).</para>
    /// <para>An RGB image is filtered channel by channel. This image is not changed.</para>
    /// </remarks>
    /// <param name="kernel">The weights, indexed <c>[row, column]</c> like an image array; any size from 1×1 up.</param>
    /// <param name="condition">How the image continues beyond its edges, for pixels near the border.</param>
    /// <returns>A new image of the same size and channel count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kernel"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kernel"/> has no rows or no columns.</exception>
    /// <example>
    /// <code>
    /// double[,] box = { { 1 / 9.0, 1 / 9.0, 1 / 9.0 }, { 1 / 9.0, 1 / 9.0, 1 / 9.0 }, { 1 / 9.0, 1 / 9.0, 1 / 9.0 } };
    /// Image blurred = image.Convolve(box, BoundaryCondition.Mirror);
    /// </code>
    /// </example>
    public Image Convolve(double[,] kernel, BoundaryCondition condition)
    {
        CheckKernel(nameof(Convolve), kernel, condition);
        int rows = kernel.GetLength(0), columns = kernel.GetLength(1);
        var taps = new List<KernelTap>(rows * columns);
        for (var j = 0; j < rows; j++)
        {
            for (var i = 0; i < columns; i++)
            {
                AddTap(taps, j, i, kernel[rows - 1 - j, columns - 1 - i]);
            }
        }

        // scipy flips the kernel and, for an even length, moves the centre one place back: (n − 1) − n / 2.
        return Correlation.Correlate2D(this, [.. taps], rows, columns, rows - 1 - (rows / 2), columns - 1 - (columns / 2), condition);
    }

    /// <summary>
    /// Returns a new image correlated first along every row with <paramref name="rowKernel"/>, then along every column
    /// with <paramref name="columnKernel"/>. The same as <see cref="Correlate"/> with the kernel
    /// <c>kernel[j, i] = columnKernel[j] · rowKernel[i]</c>, up to rounding, but much faster for large kernels.
    /// </summary>
    /// <remarks>
    /// <para>Each 1-D pass is scipy.ndimage.correlate1d: the centre of a kernel of length n is n / 2, and unlike
    /// <see cref="Correlate"/> every weight takes part, zeros included. An RGB image is filtered channel by channel. This image is not changed.</para>
    /// </remarks>
    /// <param name="rowKernel">The weights along x (across each row), left to right.</param>
    /// <param name="columnKernel">The weights along y (down each column), top to bottom.</param>
    /// <param name="condition">How the image continues beyond its edges, for pixels near the border.</param>
    /// <returns>A new image of the same size and channel count.</returns>
    /// <exception cref="ArgumentNullException">A kernel is null.</exception>
    /// <exception cref="ArgumentException">A kernel is empty.</exception>
    /// <example>
    /// <code>
    /// double[] smooth = [1 / 4.0, 2 / 4.0, 1 / 4.0];
    /// double[] derive = [-1, 0, 1];
    /// Image gradientX = image.CorrelateSeparable(derive, smooth, BoundaryCondition.Symmetric); // Sobel along x, divided by 4
    /// </code>
    /// </example>
    public Image CorrelateSeparable(double[] rowKernel, double[] columnKernel, BoundaryCondition condition)
    {
        CheckKernel(nameof(CorrelateSeparable), nameof(rowKernel), rowKernel);
        CheckKernel(nameof(CorrelateSeparable), nameof(columnKernel), columnKernel);
        CheckCondition(nameof(CorrelateSeparable), condition);
        return Correlation.CorrelateSeparable(this, rowKernel, columnKernel, condition);
    }

    private static void AddTap(List<KernelTap> taps, int row, int column, double weight)
    {
        // scipy.ndimage.correlate keeps only weights with |w| > DBL_EPSILON; that comparison is false for NaN too.
        if (Math.Abs(weight) > Correlation.NegligibleWeight)
        {
            taps.Add(new KernelTap(row, column, weight));
        }
    }

    private static void CheckKernel(string method, double[,] kernel, BoundaryCondition condition)
    {
        if (kernel is null)
        {
            throw new ArgumentNullException(
                nameof(kernel),
                $"{method} needs a kernel, but kernel is null. Pass the weights as a 2-D array indexed [row, column], e.g. new double[,] {{ {{ 1, 2, 1 }} }}.");
        }

        if (kernel.Length == 0)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{method} needs at least one weight, but the kernel has {kernel.GetLength(0)} row(s) and {kernel.GetLength(1)} column(s). Pass a kernel of at least 1×1, e.g. new double[,] {{ {{ 1 }} }}."),
                nameof(kernel));
        }

        CheckCondition(method, condition);
    }

    private static void CheckKernel(string method, string name, double[] kernel)
    {
        if (kernel is null)
        {
            throw new ArgumentNullException(
                name,
                $"{method} needs {name}, but it is null. Pass the weights as an array, e.g. [1, 2, 1].");
        }

        if (kernel.Length == 0)
        {
            throw new ArgumentException(
                $"{method} needs at least one weight in {name}, but it is empty. Pass e.g. [1] to leave this direction unchanged.",
                name);
        }
    }
}
