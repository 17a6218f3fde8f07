using Labs.Imaging;
using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(4, "Moving average")]
public sealed class MovingAverageTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Size_3_spreads_an_impulse_evenly_over_a_3x3_square()
    {
        var impulse = TestImages.Impulse(5, 5, 2, 2, value: 9);

        var result = Filtering.MovingAverage(impulse, 3, BoundaryCondition.Zero);

        // Each output pixel is the mean of its 3×3 window; the windows that contain (2, 2) are those of the pixels
        // (1..3, 1..3), and each of them averages 9 with eight zeros: 9 / 9 = 1.
        double[,] expected =
        {
            { 0, 0, 0, 0, 0 },
            { 0, 1, 1, 1, 0 },
            { 0, 1, 1, 1, 0 },
            { 0, 1, 1, 1, 0 },
            { 0, 0, 0, 0, 0 },
        };
        Assert.That(result, Matches.Array(expected).Within(Tolerance)
            .WhenWrong("Each weight is 1 / size along each direction, so 1 / size² in all; the window is centred on the pixel."));
    }

    [Test, Points(1)]
    public void Even_size_window_reaches_one_pixel_further_left_and_up()
    {
        var impulse = TestImages.Impulse(4, 4, 1, 1, value: 4);

        var result = Filtering.MovingAverage(impulse, 2, BoundaryCondition.Zero);

        // Size 2: the window of x covers x − 1 and x (centre index 2 / 2 = 1), so the pixels whose windows contain
        // (1, 1) are (1..2, 1..2): the impulse spreads right and down, 4 / 4 = 1 each.
        double[,] expected =
        {
            { 0, 0, 0, 0 },
            { 0, 1, 1, 0 },
            { 0, 1, 1, 0 },
            { 0, 0, 0, 0 },
        };
        Assert.That(result, Matches.Array(expected).Within(Tolerance)
            .WhenWrong("An even window covers x − size / 2 … x − size / 2 + size − 1, like scipy's uniform_filter: "
                + "for size 2 that is x − 1 and x."));
    }
}
