using Labs.Imaging;
using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(1, "Correlation")]
public sealed class CorrelationTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Impulse_response_is_the_kernel_turned_by_180_degrees()
    {
        var impulse = TestImages.Impulse(5, 5, 2, 2);
        double[,] kernel = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };

        var result = Filtering.Correlate(impulse, kernel, BoundaryCondition.Zero);

        // out(x, y) = Σ k[j, i] · f(x + i − 1, y + j − 1) and f is 1 only at (2, 2), so only i = 3 − x, j = 3 − y
        // contributes: out(x, y) = k[3 − y, 3 − x]. At (1, 1) that is k[2, 2] = 9, at (3, 3) it is k[0, 0] = 1.
        double[,] expected =
        {
            { 0, 0, 0, 0, 0 },
            { 0, 9, 8, 7, 0 },
            { 0, 6, 5, 4, 0 },
            { 0, 3, 2, 1, 0 },
            { 0, 0, 0, 0, 0 },
        };
        Assert.That(result, Matches.Array(expected).Within(Tolerance)
            .WhenWrong("Correlation reads f(x + i − c, y + j − c), so an impulse comes back turned by 180°. "
                + "If you got the kernel back the right way round (1 at the top left), you computed a convolution; "
                + "if the block is shifted, check the centre c = size / 2."));
    }

    [Test, Points(1)]
    public void Row_example_matches_scipy_for_Symmetric_and_Mirror()
    {
        var row = Image.FromRows([1, 2, 3, 4, 5, 6]);
        double[,] kernel = { { 1, 2, 3 } };

        var symmetric = Filtering.Correlate(row, kernel, BoundaryCondition.Symmetric);
        var mirror = Filtering.Correlate(row, kernel, BoundaryCondition.Mirror);

        // out(x) = 1·f(x − 1) + 2·f(x) + 3·f(x + 1). Inside: out(1) = 1 + 4 + 9 = 14, … At the left end f(−1) is
        // f(0) = 1 under Symmetric (1 + 2 + 6 = 9) and f(1) = 2 under Mirror (2 + 2 + 6 = 10); at the right end f(6) is
        // f(5) = 6 under Symmetric (5 + 12 + 18 = 35) and f(4) = 5 under Mirror (5 + 12 + 15 = 32). A one-row image
        // stays the same along y under both, since the 1×3 kernel has a single row.
        Assert.Multiple(() =>
        {
            Assert.That(symmetric, Matches.Array(new double[,] { { 9, 14, 20, 26, 32, 35 } }).Within(Tolerance),
                "Symmetric (scipy 'reflect') repeats the edge pixel: c b a | a b c d.");
            Assert.That(mirror, Matches.Array(new double[,] { { 10, 14, 20, 26, 32, 32 } }).Within(Tolerance),
                "Mirror (scipy 'mirror') does not repeat the edge pixel: d c b | a b c d.");
        });
    }

    [Test, Points(1)]
    public void Even_kernel_is_centred_on_its_later_middle_weight()
    {
        var row = Image.FromRows([1, 2, 3, 4]);
        double[,] kernel = { { 1, 10 } };

        var result = Filtering.Correlate(row, kernel, BoundaryCondition.Zero);

        // Two columns: the centre is column 2 / 2 = 1 (the weight 10), so out(x) = 1·f(x − 1) + 10·f(x):
        // [0 + 10, 1 + 20, 2 + 30, 3 + 40] = [10, 21, 32, 43].
        Assert.That(result, Matches.Array(new double[,] { { 10, 21, 32, 43 } }).Within(Tolerance)
            .WhenWrong("The centre of a kernel with n columns is column n / 2 in integer division: 1 for n = 2, 2 for n = 4. "
                + "[21, 32, 43, 4] means you centred it on column (n − 1) / 2 = 0 instead."));
    }
}
