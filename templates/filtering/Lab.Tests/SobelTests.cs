using Labs.Imaging;
using Labs.Testing;
using Labs.Testing.Snapshots;

namespace Lab.Tests;

[TestFixture, LabTask(5, "Sobel gradient")]
public sealed class SobelTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void SobelX_of_a_ramp_rising_to_the_right_is_8_times_its_slope()
    {
        var ramp = TestImages.FromFunction(5, 4, (x, y) => 2 * x);

        var gx = Filtering.SobelX(ramp, BoundaryCondition.Symmetric);
        var gy = Filtering.SobelY(ramp, BoundaryCondition.Symmetric);

        // Along x: f(x + 1) − f(x − 1) = 4 inside; at x = 0 Symmetric reads f(−1) = f(0), so 2 − 0 = 2, and likewise 2 at
        // x = 4. Along y every column is constant, so [1 2 1] multiplies by 4: [8 16 16 16 8] in every row.
        // Nothing changes along y, so SobelY is 0 everywhere.
        var expected = TestImages.FromFunction(5, 4, (x, y) => x is 0 or 4 ? 8 : 16);
        Assert.Multiple(() =>
        {
            Assert.That(gx, Matches.Image(expected).Within(Tolerance)
                .WhenWrong("SobelX correlates each row with [−1 0 1] (right minus left) and each column with [1 2 1]. "
                    + "A negative result means the difference is taken the wrong way round."));
            Assert.That(gy, Matches.Image(new Image(5, 4)).Within(Tolerance)
                .WhenWrong("SobelY differentiates along y only: an image that changes along x alone has SobelY = 0."));
        });
    }

    [Test, Points(1)]
    public void SobelY_is_positive_where_the_image_gets_brighter_downwards()
    {
        var ramp = TestImages.FromFunction(3, 5, (x, y) => 3 * y);

        var gy = Filtering.SobelY(ramp, BoundaryCondition.Clamp);

        // Down each column: f(y + 1) − f(y − 1) = 6 inside; Clamp repeats the edge rows, so 3 − 0 = 3 at y = 0 and
        // 12 − 9 = 3 at y = 4. Each row is constant, so [1 2 1] along x multiplies by 4: 12, 24, 24, 24, 12 from the top.
        var expected = TestImages.FromFunction(3, 5, (x, y) => y is 0 or 4 ? 12 : 24);
        Assert.That(gy, Matches.Image(expected).Within(Tolerance)
            .WhenWrong("SobelY correlates each column with [−1 0 1] (below minus above) and each row with [1 2 1]; "
                + "y grows downwards, so an image getting brighter downwards gives positive values."));
    }

    [Test, Points(1)]
    public void Magnitude_of_a_tilted_plane_is_the_length_of_the_gradient()
    {
        var plane = TestImages.FromFunction(5, 5, (x, y) => (3 * x) + (4 * y));

        var magnitude = Filtering.SobelMagnitude(plane, BoundaryCondition.Clamp);

        // As in the two tests above, with Clamp: gx = 4 · 6 = 24 inside and 4 · 3 = 12 in the first and last column;
        // gy = 4 · 8 = 32 inside and 4 · 4 = 16 in the first and last row. Inside the magnitude is √(24² + 32²) = 40.
        var expected = TestImages.FromFunction(5, 5, (x, y) =>
        {
            double gx = x is 0 or 4 ? 12 : 24, gy = y is 0 or 4 ? 16 : 32;
            return Math.Sqrt((gx * gx) + (gy * gy));
        });
        Assert.That(magnitude, Matches.Image(expected).Within(Tolerance)
            .WhenWrong("The magnitude is √(SobelX² + SobelY²) at every pixel, not |SobelX| + |SobelY|."));
    }

    [Test, Points(1)]
    public void Camera_detail_edges_are_the_Sobel_magnitude_divided_by_4()
    {
        var edges = Filtering.SobelMagnitude(TestImages.CameraDetail, BoundaryCondition.Symmetric);

        // Divided by 4 so that most edges fit into the 0..255 of the PNG snapshot; the strongest ones saturate.
        Snapshot.Verify(TestImages.Scaled(edges, 1.0 / 4));
    }
}
