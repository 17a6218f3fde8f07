using Labs.Imaging;
using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(6, "Otsu threshold")]
public sealed class OtsuTests
{
    [Test, Points(1)]
    public void Two_grey_levels_are_split_at_the_darker_one()
    {
        // Left half 50, right half 200: every t from 50 to 199 gives the same (largest) between-class variance,
        // and the smallest of them is 50.
        var image = new Image(8, 4);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                image[x, y] = x < 4 ? 50 : 200;
            }
        }

        Assert.That(Histograms.OtsuThreshold(image), Matches.Value(50)
            .WhenWrong("Class 0 holds the levels ≤ t, class 1 the levels > t; keep the smallest t when several are equally good."));
    }
}
