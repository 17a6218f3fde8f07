using Labs.Imaging;

namespace Lab;

public static partial class Filtering
{
    /// <summary>
    /// Task 3: separable correlation: correlates every row of <paramref name="image"/> with <paramref name="rowKernel"/>,
    /// then every column of that result with <paramref name="columnKernel"/>. This gives the same image as
    /// <see cref="Correlate"/> with the 2-D kernel <c>kernel[j, i] = columnKernel[j] · rowKernel[i]</c> (their outer
    /// product), with rows + columns multiplications per pixel instead of rows × columns.
    /// </summary>
    /// <param name="image">The grey-level image f; it is not changed.</param>
    /// <param name="rowKernel">The weights along x (across each row), left to right; centre index rowKernel.Length / 2.</param>
    /// <param name="columnKernel">The weights along y (down each column), top to bottom; centre index columnKernel.Length / 2.</param>
    /// <param name="condition">How the image continues beyond its edges, in both passes.</param>
    /// <returns>A new image of the same size as <paramref name="image"/>.</returns>
    /// <remarks>
    /// <c>image.GetRow(y, condition)</c> and <c>image.GetColumn(x, condition)</c> give you one line of the image that
    /// you can index anywhere (<c>row[-1]</c> is read through the condition); <c>result.PutRow(y, values)</c> and
    /// <c>result.PutColumn(x, values)</c> write a whole line back.
    /// </remarks>
    /// <example>
    /// <code>
    /// // Smooth along x with [1 2 1] / 4 and leave y alone with [1]:
    /// Filtering.CorrelateSeparable(image, [0.25, 0.5, 0.25], [1], BoundaryCondition.Mirror);
    /// </code>
    /// </example>
    public static Image CorrelateSeparable(Image image, double[] rowKernel, double[] columnKernel, BoundaryCondition condition)
    {
#if SOLUTION
        // Pass 1: along every row.
        var rowsDone = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            var row = image.GetRow(y, condition);
            var values = new double[image.Width];
            for (var x = 0; x < image.Width; x++)
            {
                values[x] = CorrelateAt(row, x, rowKernel);
            }

            rowsDone.PutRow(y, values);
        }

        // Pass 2: along every column of the first pass's result.
        var result = new Image(image.Width, image.Height);
        for (var x = 0; x < image.Width; x++)
        {
            var column = rowsDone.GetColumn(x, condition);
            var values = new double[image.Height];
            for (var y = 0; y < image.Height; y++)
            {
                values[y] = CorrelateAt(column, y, columnKernel);
            }

            result.PutColumn(x, values);
        }

        return result;
#else
        throw new NotImplementedException();
#endif
    }

    /// <summary>
    /// Task 4: the moving average (box filter) of size × size pixels: every pixel becomes the mean of the size × size
    /// window around it (scipy.ndimage.uniform_filter). The window is separable: average along x, then along y.
    /// </summary>
    /// <param name="image">The grey-level image f; it is not changed.</param>
    /// <param name="size">
    /// The window's width and height in pixels, at least 1. The window covers x − size / 2 … x − size / 2 + size − 1
    /// (integer division), so an even window reaches one pixel further left (and up) than right (and down).
    /// </param>
    /// <param name="condition">How the image continues beyond its edges.</param>
    /// <returns>A new image of the same size as <paramref name="image"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is less than 1.</exception>
    /// <example>
    /// <code>
    /// Filtering.MovingAverage(image, 3, BoundaryCondition.Mirror); // mean of each 3×3 neighbourhood
    /// </code>
    /// </example>
    public static Image MovingAverage(Image image, int size, BoundaryCondition condition)
    {
#if SOLUTION
        if (size < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(size),
                size,
                FormattableString.Invariant($"MovingAverage(size: {size}): the window needs at least 1 pixel; use 3 for a 3×3 mean."));
        }

        var weights = new double[size];
        Array.Fill(weights, 1.0 / size);
        return CorrelateSeparable(image, weights, weights, condition);
#else
        throw new NotImplementedException();
#endif
    }
#if SOLUTION

    /// <summary>The 1-D correlation of <paramref name="line"/> with <paramref name="kernel"/> at <paramref name="position"/>.</summary>
    private static double CorrelateAt(LineView line, int position, double[] kernel)
    {
        var centre = kernel.Length / 2;
        var sum = 0.0;
        for (var i = 0; i < kernel.Length; i++)
        {
            sum += kernel[i] * line[position + i - centre];
        }

        return sum;
    }
#endif
}
