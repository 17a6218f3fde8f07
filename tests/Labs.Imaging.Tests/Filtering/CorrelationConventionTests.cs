namespace Labs.Imaging.Tests.Filtering;

/// <summary>
/// The 1-D examples of the conventions sheet (scipy.ndimage centring: c = len(k) / 2), worked out by hand,
/// along rows and along columns.
/// </summary>
public sealed class CorrelationConventionTests
{
    private const double Tolerance = 1e-12;

    private static readonly double[] Signal = [1, 2, 3, 4, 5, 6];

    // k = [1, 2, 3], c = 1: out[i] = 1·x[i−1] + 2·x[i] + 3·x[i+1].
    // Symmetric (scipy "reflect"): x[−1] = x[0] = 1, x[6] = x[5] = 6.
    //   i=0: 1 + 2 + 6 = 9;  i=1: 1 + 4 + 9 = 14;  i=2: 2 + 6 + 12 = 20;  i=3: 26;  i=4: 32;  i=5: 5 + 12 + 18 = 35.
    [Test]
    public void Correlate_123_with_symmetric_boundary_gives_9_14_20_26_32_35() =>
        AssertAlongRowAndColumn(Signal, [1, 2, 3], BoundaryCondition.Symmetric, [9, 14, 20, 26, 32, 35], convolve: false);

    // Mirror (scipy "mirror"): x[−1] = x[1] = 2, x[6] = x[4] = 5.
    //   i=0: 2 + 2 + 6 = 10;  i=5: 5 + 12 + 15 = 32.
    [Test]
    public void Correlate_123_with_mirror_boundary_gives_10_14_20_26_32_32() =>
        AssertAlongRowAndColumn(Signal, [1, 2, 3], BoundaryCondition.Mirror, [10, 14, 20, 26, 32, 32], convolve: false);

    // Even kernel k = [1, 10], c = 1: correlate out[i] = 1·x[i−1] + 10·x[i]. Mirror: x[−1] = x[1] = 2.
    //   i=0: 2 + 10 = 12;  i=1: 1 + 20 = 21;  32, 43, 54;  i=5: 5 + 60 = 65.
    [Test]
    public void Correlate_with_an_even_kernel_centres_on_its_second_weight() =>
        AssertAlongRowAndColumn(Signal, [1, 10], BoundaryCondition.Mirror, [12, 21, 32, 43, 54, 65], convolve: false);

    // Convolve with k = [1, 10]: out[i] = 10·x[i] + 1·x[i+1]. Mirror: x[6] = x[4] = 5.
    //   i=0: 10 + 2 = 12;  i=1: 20 + 3 = 23;  34, 45, 56;  i=5: 60 + 5 = 65.
    [Test]
    public void Convolve_with_an_even_kernel_reads_the_pixel_and_its_right_neighbour() =>
        AssertAlongRowAndColumn(Signal, [1, 10], BoundaryCondition.Mirror, [12, 23, 34, 45, 56, 65], convolve: true);

    // Odd kernel: convolving is correlating with the reversed kernel [3, 2, 1] about the same centre.
    // Mirror: i=0: 3·2 + 2·1 + 1·2 = 10;  i=1: 3 + 4 + 3 = 10;  i=2: 6 + 6 + 4 = 16;  22;  28;  i=5: 15 + 12 + 5 = 32.
    [Test]
    public void Convolve_with_an_odd_kernel_is_correlation_with_the_kernel_reversed() =>
        AssertAlongRowAndColumn(Signal, [1, 2, 3], BoundaryCondition.Mirror, [10, 10, 16, 22, 28, 32], convolve: true);

    // Zero outside: i=0: 1·0 + 2·1 + 3·2 = 8;  i=5: 1·5 + 2·6 + 3·0 = 17.
    [Test]
    public void Correlate_with_zero_boundary_reads_zeros_outside() =>
        AssertAlongRowAndColumn(Signal, [1, 2, 3], BoundaryCondition.Zero, [8, 14, 20, 26, 32, 17], convolve: false);

    // A 1×1 kernel with weight 2 doubles every pixel whatever the boundary.
    [Test]
    public void One_by_one_kernel_scales_every_pixel([Values] BoundaryCondition condition) =>
        AssertAlongRowAndColumn(Signal, [2], condition, [2, 4, 6, 8, 10, 12], convolve: false);

    private static void AssertAlongRowAndColumn(double[] signal, double[] kernel, BoundaryCondition condition, double[] expected, bool convolve)
    {
        var row = Image.FromRows(signal);
        var column = Image.FromRows([.. signal.Select(v => new[] { v })]);
        var rowKernel = new double[1, kernel.Length];
        var columnKernel = new double[kernel.Length, 1];
        for (var i = 0; i < kernel.Length; i++)
        {
            rowKernel[0, i] = kernel[i];
            columnKernel[i, 0] = kernel[i];
        }

        var alongRow = convolve ? row.Convolve(rowKernel, condition) : row.Correlate(rowKernel, condition);
        var alongColumn = convolve ? column.Convolve(columnKernel, condition) : column.Correlate(columnKernel, condition);

        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, signal.Length).Select(x => alongRow.GetPixel(x, 0)), Is.EqualTo(expected).Within(Tolerance), "along the row");
            Assert.That(Enumerable.Range(0, signal.Length).Select(y => alongColumn.GetPixel(0, y)), Is.EqualTo(expected).Within(Tolerance), "along the column");
        });
    }
}
