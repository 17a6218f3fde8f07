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
        double[] row = [50, 50, 50, 50, 200, 200, 200, 200];
        var image = Image.FromRows(row, row, row, row);

        Assert.That(Histograms.OtsuThreshold(image), Matches.Value(50)
            .WhenWrong("Class 0 holds the levels ≤ t, class 1 the levels > t; keep the smallest t when several are equally good."));
    }
}
