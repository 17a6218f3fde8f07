using Labs.Imaging;
using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(3, "Separable correlation")]
public sealed class SeparableTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Equals_the_2D_correlation_with_the_outer_product()
    {
        var image = TestImages.FromFunction(7, 5, (x, y) => ((7 * x) + (3 * y)) % 11);
        double[] rowKernel = [1, -2, 4, 0.5];
        double[] columnKernel = [2, 1, -1];

        var result = Filtering.CorrelateSeparable(image, rowKernel, columnKernel, BoundaryCondition.Mirror);

        // kernel[j, i] = columnKernel[j] · rowKernel[i]: 3 rows (one per column weight) and 4 columns.
        // The expected image comes from the library's own 2-D correlation, which matches scipy.ndimage.correlate.
        var outer = new double[columnKernel.Length, rowKernel.Length];
        for (var j = 0; j < columnKernel.Length; j++)
        {
            for (var i = 0; i < rowKernel.Length; i++)
            {
                outer[j, i] = columnKernel[j] * rowKernel[i];
            }
        }

        Assert.That(result, Matches.Image(image.Correlate(outer, BoundaryCondition.Mirror)).Within(Tolerance)
            .WhenWrong("Correlate every row with rowKernel first, then every column of that intermediate image with "
                + "columnKernel, each with its centre at length / 2 and the boundary condition in both passes."));
    }

    [Test, Points(1)]
    public void Row_kernel_acts_along_x_and_column_kernel_along_y()
    {
        var impulse = TestImages.Impulse(5, 5, 2, 2);

        var alongX = Filtering.CorrelateSeparable(impulse, [1, 2, 3], [1], BoundaryCondition.Zero);
        var alongY = Filtering.CorrelateSeparable(impulse, [1], [1, 2, 3], BoundaryCondition.Zero);

        // As in task 1 the impulse comes back turned round: [3 2 1] across row 2, or down column 2.
        double[,] horizontal =
        {
            { 0, 0, 0, 0, 0 },
            { 0, 0, 0, 0, 0 },
            { 0, 3, 2, 1, 0 },
            { 0, 0, 0, 0, 0 },
            { 0, 0, 0, 0, 0 },
        };
        double[,] vertical =
        {
            { 0, 0, 0, 0, 0 },
            { 0, 0, 3, 0, 0 },
            { 0, 0, 2, 0, 0 },
            { 0, 0, 1, 0, 0 },
            { 0, 0, 0, 0, 0 },
        };
        Assert.Multiple(() =>
        {
            Assert.That(alongX, Matches.Array(horizontal).Within(Tolerance)
                .WhenWrong("rowKernel runs along x, across each row (use image.GetRow(y))."));
            Assert.That(alongY, Matches.Array(vertical).Within(Tolerance)
                .WhenWrong("columnKernel runs along y, down each column (use image.GetColumn(x))."));
        });
    }
}
