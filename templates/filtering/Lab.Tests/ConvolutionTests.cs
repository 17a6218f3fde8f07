using Labs.Imaging;
using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(2, "Convolution")]
public sealed class ConvolutionTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Impulse_response_is_the_kernel_itself()
    {
        var impulse = TestImages.Impulse(5, 5, 2, 2);
        double[,] kernel = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };

        var result = Filtering.Convolve(impulse, kernel, BoundaryCondition.Zero);

        // out(x, y) = Σ k[j, i] · f(x − i + 1, y − j + 1) and f is 1 only at (2, 2), so i = x − 1 and j = y − 1:
        // out(x, y) = k[y − 1, x − 1], the kernel as it is, centred on the impulse.
        double[,] expected =
        {
            { 0, 0, 0, 0, 0 },
            { 0, 1, 2, 3, 0 },
            { 0, 4, 5, 6, 0 },
            { 0, 7, 8, 9, 0 },
            { 0, 0, 0, 0, 0 },
        };
        Assert.That(result, Matches.Array(expected).Within(Tolerance)
            .WhenWrong("Convolution reads f(x − i + c, y − j + c): an impulse gives the kernel back the right way round. "
                + "A kernel turned by 180° means you computed a correlation."));
    }

    [Test, Points(1)]
    public void Even_kernel_keeps_the_centre_where_scipy_puts_it()
    {
        var row = Image.FromRows([1, 2, 3, 4]);
        double[,] kernel = { { 1, 10 } };

        var result = Filtering.Convolve(row, kernel, BoundaryCondition.Zero);

        // c = 2 / 2 = 1, so out(x) = k[0]·f(x − 0 + 1) + k[1]·f(x − 1 + 1) = f(x + 1) + 10·f(x):
        // [2 + 10, 3 + 20, 4 + 30, 0 + 40] = [12, 23, 34, 40].
        Assert.That(result, Matches.Array(new double[,] { { 12, 23, 34, 40 } }).Within(Tolerance)
            .WhenWrong("The classic flipped-kernel bug: correlating with the flipped kernel { { 10, 1 } } gives "
                + "10·f(x − 1) + f(x) = [1, 12, 23, 34], one pixel off, because for an even size the centre moves when "
                + "the kernel is flipped. Convolve directly: out(x) = Σ k[i] · f(x − i + c) with c = size / 2."));
    }
}
