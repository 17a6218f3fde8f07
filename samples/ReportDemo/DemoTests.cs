using Labs.Imaging;
using Labs.Testing;

namespace ReportDemo;

[TestFixture, LabTask(1, "Correlation")]
public sealed class DemoTests
{
    [Test, Points(2)]
    public void Correlating_an_impulse_gives_the_flipped_kernel()
    {
        var impulse = new Image(5, 5);
        impulse[2, 2] = 1;
        var kernel = new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };

        var expected = impulse.Correlate(kernel, BoundaryCondition.Mirror);

        Assert.That(StudentFiltering.Correlate(impulse, kernel), Matches.Image(expected).Within(1e-9));
    }

    [Test, Points(2)]
    public void Moving_average_of_the_camera_image()
    {
        var camera = ImageFile.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "camera.png"));
        var box = new double[3, 3];
        for (var j = 0; j < 3; j++)
        {
            for (var i = 0; i < 3; i++)
            {
                box[j, i] = 1.0 / 9;
            }
        }

        Assert.That(StudentFiltering.MovingAverage3x3(camera), Matches.Image(camera.Correlate(box, BoundaryCondition.Mirror)).Within(1e-9)
            .WhenWrong("A moving average is the **mean** of the $3 \\times 3$ neighbourhood: $\\frac{1}{9}\\sum f$."));
    }

    [Test, Points(1), LabTask(2, "Gaussian")]
    public void Gaussian_of_a_constant_image_is_constant() =>
        Assert.That(StudentFiltering.Gaussian(new Image(4, 4, 7), 1.0), Matches.Image(new Image(4, 4, 7)));
}
