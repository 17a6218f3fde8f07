namespace Labs.Imaging.Tests.Views;

/// <summary>Views refuse RGB images with a hint, and work on images only one pixel wide or high.</summary>
public sealed class RgbAndSinglePixelTests
{
    private const string RgbHint =
        "works on grayscale images, but this image is RGB (4×3 RGB). Use GetChannel(0), GetChannel(1) or GetChannel(2) to work on one colour channel.";

    private static readonly Image Rgb = Image.CreateRgb(4, 3);

    // A 1-pixel-wide, 3-high image: 4 / 5 / 6.
    private static readonly Image Thin = Image.FromRows([4], [5], [6]);

    [Test]
    public void Every_view_and_put_on_an_RGB_image_tells_to_pick_a_channel()
    {
        Assert.Multiple(() =>
        {
            AssertRgbRefused("GetRow", () => Rgb.GetRow(0));
            AssertRgbRefused("GetColumn", () => Rgb.GetColumn(0));
            AssertRgbRefused("GetNeighbourhood", () => Rgb.GetNeighbourhood(1, 1, 3));
            AssertRgbRefused("GetNeighbourhood", () => Rgb.GetNeighbourhood(1, 1, 3, 2));
            AssertRgbRefused("GetSubImage", () => Rgb.GetSubImage(0, 0, 2, 2));
            AssertRgbRefused("PutRow", () => Rgb.Clone().PutRow(0, new double[4]));
            AssertRgbRefused("PutColumn", () => Rgb.Clone().PutColumn(0, new double[3]));
            AssertRgbRefused("PutSubImage", () => Rgb.Clone().PutSubImage(0, 0, new Image(1, 1)));
        });
    }

    [Test]
    public void A_channel_of_an_RGB_image_can_be_viewed()
    {
        var image = Image.CreateRgb(2, 1, new Rgb(1, 2, 3));
        Assert.That(image.GetChannel(1).GetRow(0).ToArray(), Is.EqualTo(new double[] { 2, 2 }));
    }

    [Test]
    public void Row_of_a_one_pixel_wide_image_is_constant_under_every_extending_condition(
        [Values(BoundaryCondition.Mirror, BoundaryCondition.Symmetric, BoundaryCondition.Periodic, BoundaryCondition.Clamp)] BoundaryCondition condition)
    {
        var row = Thin.GetRow(1, condition);
        Assert.Multiple(() =>
        {
            Assert.That(row.Length, Is.EqualTo(1));
            Assert.That(new[] { row[-3], row[-1], row[0], row[1], row[3] }, Is.All.EqualTo(5));
            Assert.That(row.ToArray(), Is.EqualTo(new double[] { 5 }));
        });
    }

    [Test]
    public void Row_of_a_one_pixel_wide_image_under_Zero_is_zero_beside_the_pixel()
    {
        var row = Thin.GetRow(1, BoundaryCondition.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(row[0], Is.EqualTo(5));
            Assert.That(row[-1], Is.Zero);
            Assert.That(row[1], Is.Zero);
        });
    }

    [Test]
    public void Column_of_a_one_pixel_wide_image_and_columns_beside_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Thin.GetColumn(0).ToArray(), Is.EqualTo(new double[] { 4, 5, 6 }));
            Assert.That(Thin.GetColumn(-1, BoundaryCondition.Mirror).ToArray(), Is.EqualTo(new double[] { 4, 5, 6 }));
            Assert.That(Thin.GetColumn(3, BoundaryCondition.Periodic).ToArray(), Is.EqualTo(new double[] { 4, 5, 6 }));
            Assert.That(Thin.GetColumn(1, BoundaryCondition.Zero).ToArray(), Is.EqualTo(new double[] { 0, 0, 0 }));
            Assert.That(Thin.GetColumn(0, BoundaryCondition.Mirror)[-1], Is.EqualTo(5)); // 6 5 | 4 5 6
        });
    }

    [Test]
    public void Neighbourhoods_of_a_one_pixel_wide_image()
    {
        Assert.Multiple(() =>
        {
            // Odd: 3×3 around (0, 1), Mirror: every column reads column 0.
            NeighbourhoodTests.AssertWindow(Thin.GetNeighbourhood(0, 1, 3, BoundaryCondition.Mirror), -1, 0, new double[,]
            {
                { 4, 4, 4 },
                { 5, 5, 5 },
                { 6, 6, 6 },
            });

            // Even: 2×2 around (0, 0), Mirror: columns −1, 0 → 0, 0; rows −1, 0 → 1, 0.
            NeighbourhoodTests.AssertWindow(Thin.GetNeighbourhood(0, 0, 2, BoundaryCondition.Mirror), -1, -1, new double[,]
            {
                { 5, 5 },
                { 4, 4 },
            });

            // Zero: only the middle column is the image.
            NeighbourhoodTests.AssertWindow(Thin.GetNeighbourhood(0, 2, 3, BoundaryCondition.Zero), -1, 1, new double[,]
            {
                { 0, 5, 0 },
                { 0, 6, 0 },
                { 0, 0, 0 },
            });
        });
    }

    [Test]
    public void Sub_image_and_puts_on_a_one_pixel_wide_image()
    {
        var image = Thin.Clone();
        Assert.Multiple(() =>
        {
            Assert.That(image.GetSubImage(0, 0, 1, 3).ToImage().ToArray(), Is.EqualTo(Thin.ToArray()));
            Assert.That(image.GetSubImage(0, 1, 1, 1).Sum(), Is.EqualTo(5));
        });

        image.PutRow(0, [9]);
        image.PutColumn(0, [image[0, 0], 8, 7]);
        image.PutSubImage(0, 2, Image.FromRows([1]));
        Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 9 }, { 8 }, { 1 } }));
    }

    [Test]
    public void A_single_pixel_image_works_through_every_view([Values] BoundaryCondition condition)
    {
        var pixel = Image.FromRows([3]);
        var outside = condition == BoundaryCondition.Zero ? 0 : 3;
        var n = pixel.GetNeighbourhood(0, 0, 2, condition);
        Assert.Multiple(() =>
        {
            Assert.That(pixel.GetRow(0, condition)[1], Is.EqualTo(outside));
            Assert.That(pixel.GetColumn(0, condition)[-1], Is.EqualTo(outside));
            Assert.That(n[1, 1], Is.EqualTo(3));
            Assert.That(n.Sum(), Is.EqualTo(3 + (3 * outside)));
        });
    }

    private static void AssertRgbRefused(string method, Action action) =>
        Assert.That(action, Throws.InvalidOperationException.With.Message.EqualTo($"{method} {RgbHint}"), method);
}
