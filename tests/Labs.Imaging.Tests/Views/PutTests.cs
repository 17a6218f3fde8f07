namespace Labs.Imaging.Tests.Views;

/// <summary>PutRow, PutColumn and PutSubImage: what they write, and every size and position check.</summary>
public sealed class PutTests
{
    [Test]
    public void PutRow_overwrites_exactly_one_row()
    {
        var image = new Image(3, 3, 7);
        image.PutRow(1, new double[] { 1, 2, 3 });
        Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 7, 7, 7 }, { 1, 2, 3 }, { 7, 7, 7 } }));
    }

    [Test]
    public void PutRow_accepts_a_collection_expression_and_a_copied_row()
    {
        var image = Image.FromRows([1, 2], [3, 4]);
        image.PutRow(0, [5, 6]);
        image.PutRow(1, image.GetRow(0).ToArray());
        Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 5, 6 }, { 5, 6 } }));
    }

    [Test]
    public void PutColumn_overwrites_exactly_one_column()
    {
        var image = new Image(3, 2, 7);
        image.PutColumn(2, new double[] { 1, 2 });
        Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 7, 7, 1 }, { 7, 7, 2 } }));
    }

    [Test]
    public void PutColumn_can_copy_a_column_of_the_same_image()
    {
        var image = Image.FromRows([1, 2], [3, 4]);
        image.PutColumn(1, image.GetColumn(0).ToArray());
        Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 1, 1 }, { 3, 3 } }));
    }

    [Test]
    public void PutRow_with_the_wrong_number_of_values_names_the_width()
    {
        var image = new Image(8, 8);
        Assert.That(
            () => image.PutRow(2, new double[7]),
            Throws.ArgumentException
                .With.Message.StartsWith("PutRow(y: 2, …) needs 8 values (the image width) but got 7.")
                .And.Property(nameof(ArgumentException.ParamName)).EqualTo("values"));
    }

    [Test]
    public void PutColumn_with_the_wrong_number_of_values_names_the_height()
    {
        var image = new Image(8, 6);
        Assert.That(
            () => image.PutColumn(3, new double[8]),
            Throws.ArgumentException.With.Message.StartsWith("PutColumn(x: 3, …) needs 6 values (the image height) but got 8."));
    }

    [TestCase(-1)]
    [TestCase(8)]
    public void PutRow_outside_the_image_is_refused(int y)
    {
        var image = new Image(8, 8);
        Assert.That(
            () => image.PutRow(y, new double[8]),
            Throws.TypeOf<ArgumentOutOfRangeException>()
                .With.Message.StartsWith($"PutRow(y: {y}, …) is outside the 8×8 image: y must be in 0..7.")
                .And.Property(nameof(ArgumentException.ParamName)).EqualTo("y"));
    }

    [TestCase(-1)]
    [TestCase(5)]
    public void PutColumn_outside_the_image_is_refused(int x)
    {
        var image = new Image(5, 3);
        Assert.That(
            () => image.PutColumn(x, new double[3]),
            Throws.TypeOf<ArgumentOutOfRangeException>()
                .With.Message.StartsWith($"PutColumn(x: {x}, …) is outside the 5×3 image: x must be in 0..4.")
                .And.Property(nameof(ArgumentException.ParamName)).EqualTo("x"));
    }

    [Test]
    public void A_refused_put_leaves_the_image_unchanged()
    {
        var image = new Image(4, 4, 1);
        Assert.Multiple(() =>
        {
            Assert.That(() => image.PutRow(0, new double[3]), Throws.ArgumentException);
            Assert.That(() => image.PutSubImage(2, 2, new Image(3, 3)), Throws.ArgumentException);
            Assert.That(image.ToArray(), Is.EqualTo(new Image(4, 4, 1).ToArray()));
        });
    }

    [Test]
    public void PutSubImage_places_the_source_top_left_corner_at_left_top()
    {
        var image = new Image(4, 3);
        image.PutSubImage(2, 1, Image.FromRows([1, 2], [3, 4]));
        Assert.That(image.ToArray(), Is.EqualTo(new double[,]
        {
            { 0, 0, 0, 0 },
            { 0, 0, 1, 2 },
            { 0, 0, 3, 4 },
        }));
    }

    [Test]
    public void PutSubImage_of_the_full_size_at_the_origin_fits()
    {
        var image = new Image(2, 2);
        image.PutSubImage(0, 0, Image.FromRows([1, 2], [3, 4]));
        Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 1, 2 }, { 3, 4 } }));
    }

    [Test]
    public void PutSubImage_too_far_right_names_the_columns()
    {
        var image = new Image(8, 8);
        Assert.That(
            () => image.PutSubImage(6, 0, new Image(4, 4)),
            Throws.ArgumentException
                .With.Message.StartsWith("PutSubImage(left: 6, top: 0, 4×4 image) does not fit in the 8×8 image: columns 6..9 would be outside 0..7.")
                .And.Property(nameof(ArgumentException.ParamName)).EqualTo("source"));
    }

    [Test]
    public void PutSubImage_above_the_top_names_the_rows()
    {
        var image = new Image(8, 6);
        Assert.That(
            () => image.PutSubImage(0, -1, new Image(4, 3)),
            Throws.ArgumentException.With.Message.StartsWith(
                "PutSubImage(left: 0, top: -1, 4×3 image) does not fit in the 8×6 image: rows -1..1 would be outside 0..5."));
    }

    [Test]
    public void PutSubImage_outside_in_both_directions_names_columns_and_rows()
    {
        var image = new Image(8, 8);
        Assert.That(
            () => image.PutSubImage(-2, 7, new Image(3, 2)),
            Throws.ArgumentException.With.Message.StartsWith(
                "PutSubImage(left: -2, top: 7, 3×2 image) does not fit in the 8×8 image: columns -2..0 would be outside 0..7 and rows 7..8 would be outside 0..7."));
    }

    [Test]
    public void PutSubImage_larger_than_the_image_is_refused() =>
        Assert.That(
            () => new Image(2, 2).PutSubImage(0, 0, new Image(3, 2)),
            Throws.ArgumentException.With.Message.StartsWith(
                "PutSubImage(left: 0, top: 0, 3×2 image) does not fit in the 2×2 image: columns 0..2 would be outside 0..1."));

    [Test]
    public void PutSubImage_far_to_the_right_does_not_overflow()
    {
        // left + width − 1 = 2147483648 does not fit in an int; the message must still show it correctly.
        Assert.That(
            () => new Image(2, 2).PutSubImage(int.MaxValue, 0, new Image(2, 1)),
            Throws.ArgumentException.With.Message.Contains("columns 2147483647..2147483648 would be outside 0..1."));
    }

    [Test]
    public void PutSubImage_of_an_RGB_source_tells_to_pick_a_channel() =>
        Assert.That(
            () => new Image(4, 4).PutSubImage(0, 0, Image.CreateRgb(2, 2)),
            Throws.ArgumentException.With.Message.StartsWith(
                "PutSubImage needs a grayscale source image, but the source is RGB (2×2 RGB). Use source.GetChannel(c) to put one colour channel."));

    [Test]
    public void PutSubImage_of_null_is_refused() =>
        Assert.That(() => new Image(4, 4).PutSubImage(0, 0, (Image)null!), Throws.ArgumentNullException);

    [Test]
    public void PutSubImage_of_a_view_of_the_same_image_reads_before_it_writes()
    {
        // Shifting [1 2 3 4] right by one: a copy-first put gives [1 1 2 3]; writing while reading would give [1 1 1 1].
        var image = Image.FromRows([1, 2, 3, 4]);
        image.PutSubImage(1, 0, image.GetSubImage(0, 0, 3, 1));
        Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 1, 1, 2, 3 } }));
    }

    [Test]
    public void PutSubImage_of_a_view_copies_its_boundary_values()
    {
        // 3×3 Mirror neighbourhood of (0, 0) in [[1, 2], [3, 4]]: rows/columns −1, 0, 1 → 1, 0, 1.
        var source = Image.FromRows([1, 2], [3, 4]);
        var image = new Image(3, 3);
        image.PutSubImage(0, 0, source.GetNeighbourhood(0, 0, 3, BoundaryCondition.Mirror));
        Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 4, 3, 4 }, { 2, 1, 2 }, { 4, 3, 4 } }));
    }
}
