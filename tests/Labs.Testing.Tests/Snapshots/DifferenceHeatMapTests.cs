using Labs.Imaging;
using Labs.Testing.Snapshots;

namespace Labs.Testing.Tests.Snapshots;

public sealed class DifferenceHeatMapTests
{
    [Test]
    public void Equal_pixels_are_black_ignored_ones_blue_and_the_largest_white()
    {
        var verified = Image.FromRows([10, 10, 10, 10]);
        var received = Image.FromRows([10, 11, 30, 110]); // differences 0, 1, 20, 100

        var difference = ImageDifference.Measure(received, verified, ImageTolerance.Default);
        var map = DifferenceHeatMap.Draw(difference, 4, 1);

        Assert.Multiple(() =>
        {
            Assert.That(map.Shape, Is.EqualTo(new ImageShape(4, 1, 3)));
            Assert.That(map.GetRgb(0, 0), Is.EqualTo(new Rgb(0, 0, 0)));
            Assert.That(map.GetRgb(1, 0), Is.EqualTo(DifferenceHeatMap.Ignored));
            Assert.That(map.GetRgb(3, 0), Is.EqualTo(new Rgb(255, 255, 255)));
            // 20 of 100: s = 1/3 + 2/3 × 0.2 = 0.4667, so red = 255, green = 255 × (3s − 1) = 255 × 0.4 = 102, blue = 0.
            Assert.That(map.GetRgb(2, 0).R, Is.EqualTo(255));
            Assert.That(map.GetRgb(2, 0).G, Is.EqualTo(102).Within(1e-9));
            Assert.That(map.GetRgb(2, 0).B, Is.Zero);
        });
    }

    [Test]
    public void Smallest_counted_difference_is_pure_red_and_half_the_largest_is_yellow()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DifferenceHeatMap.Hot(0), Is.EqualTo(new Rgb(255, 0, 0)));
            var half = DifferenceHeatMap.Hot(0.5);
            Assert.That(half.R, Is.EqualTo(255));
            Assert.That(half.G, Is.EqualTo(255).Within(1e-9));
            Assert.That(half.B, Is.EqualTo(0).Within(1e-9));
        });
    }
}
