namespace Labs.Imaging.Tests.Views;

/// <summary>Sub-image windows, inside and partly or wholly outside the image, and the window statistics.</summary>
public sealed class SubImageTests
{
    // 10·(y + 1) + (x + 1) at (x, y): 11 is (0, 0), 55 is (4, 4).
    private static readonly Image Grid = NeighbourhoodTests.MakeGrid();

    [Test]
    public void Sub_image_inside_starts_at_left_and_top()
    {
        var view = Grid.GetSubImage(1, 2, 3, 2);
        NeighbourhoodTests.AssertWindow(view, 1, 2, new double[,]
        {
            { 32, 33, 34 },
            { 42, 43, 44 },
        });
    }

    [Test]
    public void Sub_image_partly_outside_under_Zero_is_zero_there()
    {
        // Columns 3..5, rows −1..0.
        var view = Grid.GetSubImage(3, -1, 3, 2, BoundaryCondition.Zero);
        NeighbourhoodTests.AssertWindow(view, 3, -1, new double[,]
        {
            { 0, 0, 0 },
            { 14, 15, 0 },
        });
    }

    [Test]
    public void Sub_image_partly_outside_under_Mirror_is_mirrored_there()
    {
        // Columns 3, 4, 5 → 3, 4, 3; rows −1, 0 → 1, 0.
        var view = Grid.GetSubImage(3, -1, 3, 2, BoundaryCondition.Mirror);
        NeighbourhoodTests.AssertWindow(view, 3, -1, new double[,]
        {
            { 24, 25, 24 },
            { 14, 15, 14 },
        });
    }

    [Test]
    public void Sub_image_wholly_outside_reads_through_the_condition()
    {
        // Periodic, period 5: columns 10, 11 → 0, 1; rows 10, 11 → 0, 1.
        var view = Grid.GetSubImage(10, 10, 2, 2, BoundaryCondition.Periodic);
        NeighbourhoodTests.AssertWindow(view, 10, 10, new double[,]
        {
            { 11, 12 },
            { 21, 22 },
        });
    }

    [Test]
    public void Sub_image_larger_than_the_image_under_Clamp()
    {
        // 7×1 strip of row 0 from column −1 to 5: −1 → 0, 5 → 4.
        var view = Grid.GetSubImage(-1, 0, 7, 1, BoundaryCondition.Clamp);
        NeighbourhoodTests.AssertWindow(view, -1, 0, new double[,] { { 11, 11, 12, 13, 14, 15, 15 } });
    }

    [Test]
    public void Default_condition_is_Mirror() =>
        Assert.That(Grid.GetSubImage(0, 0, 2, 2).Condition, Is.EqualTo(BoundaryCondition.Mirror));

    [Test]
    public void Statistics_cover_the_whole_window_including_the_part_outside()
    {
        // Mirror window from the test above: 24 25 24 / 14 15 14. Sum 116, mean 116 / 6, min 14, max 25.
        var view = Grid.GetSubImage(3, -1, 3, 2, BoundaryCondition.Mirror);
        Assert.Multiple(() =>
        {
            Assert.That(view.Sum(), Is.EqualTo(116));
            Assert.That(view.Mean(), Is.EqualTo(116.0 / 6));
            Assert.That(view.Min(), Is.EqualTo(14));
            Assert.That(view.Max(), Is.EqualTo(25));
        });
    }

    [Test]
    public void Min_and_max_of_a_zero_padded_window_include_the_zeros()
    {
        var view = Grid.GetNeighbourhood(0, 0, 3, BoundaryCondition.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(view.Min(), Is.Zero);
            Assert.That(view.Max(), Is.EqualTo(22));
        });
    }

    [Test]
    public void Min_and_max_of_negative_values()
    {
        var image = Image.FromRows([-3, -1], [-7, -2]);
        var view = image.GetSubImage(0, 0, 2, 2);
        Assert.Multiple(() =>
        {
            Assert.That(view.Min(), Is.EqualTo(-7));
            Assert.That(view.Max(), Is.EqualTo(-1));
        });
    }

    [Test]
    public void NaN_in_the_window_makes_min_max_and_mean_NaN()
    {
        var image = Image.FromRows([1, double.NaN], [3, 4]);
        var view = image.GetSubImage(0, 0, 2, 2);
        Assert.Multiple(() =>
        {
            Assert.That(view.Min(), Is.NaN);
            Assert.That(view.Max(), Is.NaN);
            Assert.That(view.Mean(), Is.NaN);
        });
    }

    [Test]
    public void Sub_image_sees_changes_made_after_it_was_created_but_ToImage_does_not()
    {
        var image = Grid.Clone();
        var view = image.GetSubImage(1, 1, 2, 2);
        var copy = view.ToImage();
        image.SetPixel(1, 1, 0);
        Assert.Multiple(() =>
        {
            Assert.That(view[0, 0], Is.Zero);
            Assert.That(copy[0, 0], Is.EqualTo(22));
        });
    }

    [Test]
    public void Width_or_height_below_1_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                () => Grid.GetSubImage(1, 2, 0, 3),
                Throws.TypeOf<ArgumentOutOfRangeException>()
                    .With.Message.StartsWith("GetSubImage(left: 1, top: 2, width: 0, height: 3): width and height must be at least 1.")
                    .And.Property(nameof(ArgumentException.ParamName)).EqualTo("width"));
            Assert.That(
                () => Grid.GetSubImage(1, 2, 3, -1),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("height"));
        });
    }

    [Test]
    public void Window_past_the_largest_int_coordinate_is_refused() =>
        Assert.That(
            () => Grid.GetSubImage(int.MaxValue, 0, 2, 1, BoundaryCondition.Zero),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith(
                "GetSubImage: a 2×1 window at (2147483647, 0) reaches beyond the range of int coordinates."));

    [Test]
    public void ToString_lists_a_small_window_and_only_describes_a_large_one()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                Grid.GetNeighbourhood(0, 0, 3).ToString(),
                Is.EqualTo("3×3 window at (-1, -1) of the 5×5 image (Mirror outside): [[22, 21, 22], [12, 11, 12], [22, 21, 22]]"));
            Assert.That(
                Grid.GetSubImage(0, 0, 6, 6, BoundaryCondition.Zero).ToString(),
                Is.EqualTo("6×6 window at (0, 0) of the 5×5 image (Zero outside)"));
        });
    }

    [Test]
    public void A_default_ImageView_explains_where_views_come_from()
    {
        var empty = default(ImageView);
        Assert.Multiple(() =>
        {
            Assert.That(() => empty[0, 0], Throws.InvalidOperationException.With.Message.Contains("image.GetNeighbourhood(…) or image.GetSubImage(…)"));
            Assert.That(() => empty.Sum(), Throws.InvalidOperationException);
            Assert.That(empty.ToString(), Does.StartWith("Empty ImageView"));
        });
    }
}
