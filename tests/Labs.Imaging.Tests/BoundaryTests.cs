namespace Labs.Imaging.Tests;

/// <summary>
/// Each boundary condition at offsets 0, 1, n−1, n and 2n+3 outside a 4-pixel row <c>a b c d</c> = 10 20 30 40,
/// checked against values worked out by hand from the diagrams in <see cref="BoundaryCondition"/>.
/// </summary>
public sealed class BoundaryTests
{
    private static readonly Image Row = Image.FromRows([10, 20, 30, 40]);

    // Offsets outside the image: 0 means the first pixel beyond the edge (x = −1 on the left, x = n on the right).
    // n = 4, so the offsets 0, 1, n−1, n, 2n+3 are 0, 1, 3, 4, 11.
    // Left side reads x = −1 − offset; right side reads x = n + offset.

    // Mirror:    ... c b | a b c d | c b a b c d c b a ...   period 2n−2 = 6
    [TestCase(0, 20, 30)]
    [TestCase(1, 30, 20)]
    [TestCase(3, 30, 20)]
    [TestCase(4, 20, 30)]
    [TestCase(11, 10, 40)] // x = −12 ≡ 0 (mod 6) → a;  x = 15 ≡ 3 (mod 6) → d
    public void Mirror_folds_back_without_repeating_the_edge(int offset, double left, double right) =>
        AssertBothSides(BoundaryCondition.Mirror, offset, left, right);

    // Symmetric: ... b a | a b c d | d c b a a b c d ...   period 2n = 8
    [TestCase(0, 10, 40)]
    [TestCase(1, 20, 30)]
    [TestCase(3, 40, 10)]
    [TestCase(4, 40, 10)]
    [TestCase(11, 40, 10)] // x = −12 ≡ 4 (mod 8) → d;  x = 15 ≡ 7 (mod 8) → a
    public void Symmetric_repeats_the_edge_pixel(int offset, double left, double right) =>
        AssertBothSides(BoundaryCondition.Symmetric, offset, left, right);

    // Periodic:  ... c d | a b c d | a b c d ...   period n = 4
    [TestCase(0, 40, 10)]
    [TestCase(1, 30, 20)]
    [TestCase(3, 10, 40)]
    [TestCase(4, 40, 10)]
    [TestCase(11, 10, 40)]
    public void Periodic_wraps_around(int offset, double left, double right) =>
        AssertBothSides(BoundaryCondition.Periodic, offset, left, right);

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(11)]
    public void Zero_is_zero_outside(int offset) =>
        AssertBothSides(BoundaryCondition.Zero, offset, 0, 0);

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(11)]
    public void Clamp_repeats_the_nearest_edge_pixel(int offset) =>
        AssertBothSides(BoundaryCondition.Clamp, offset, 10, 40);

    [Test]
    public void Inside_the_image_every_condition_reads_the_pixel_itself(
        [Values] BoundaryCondition condition,
        [Range(0, 3)] int x) =>
        Assert.That(Row.GetPixel(x, 0, condition), Is.EqualTo(10 * (x + 1)));

    [Test]
    public void Mirror_is_correct_many_periods_away()
    {
        // Period 6: x = 6000 folds to 0, x = 6001 to 1, x = -6001 to 1.
        Assert.Multiple(() =>
        {
            Assert.That(Row.GetPixel(6000, 0, BoundaryCondition.Mirror), Is.EqualTo(10));
            Assert.That(Row.GetPixel(6001, 0, BoundaryCondition.Mirror), Is.EqualTo(20));
            Assert.That(Row.GetPixel(-6001, 0, BoundaryCondition.Mirror), Is.EqualTo(20));
            Assert.That(Row.GetPixel(int.MaxValue, 0, BoundaryCondition.Mirror), Is.EqualTo(Row.GetPixel(int.MaxValue % 6, 0)));
        });
    }

    [Test]
    public void Symmetric_and_periodic_are_correct_at_extreme_coordinates()
    {
        Assert.Multiple(() =>
        {
            // int.MinValue = -2147483648 = -268435456 * 8, so it folds like 0 (Symmetric, period 8) and 0 (Periodic, period 4).
            Assert.That(Row.GetPixel(int.MinValue, 0, BoundaryCondition.Symmetric), Is.EqualTo(10));
            Assert.That(Row.GetPixel(int.MinValue, 0, BoundaryCondition.Periodic), Is.EqualTo(10));
            Assert.That(Row.GetPixel(int.MinValue, 0, BoundaryCondition.Mirror), Is.EqualTo(Row.GetPixel(4, 0, BoundaryCondition.Mirror)));
        });
    }

    [Test]
    public void One_pixel_wide_image_stays_constant_under_every_extending_condition(
        [Values(BoundaryCondition.Mirror, BoundaryCondition.Symmetric, BoundaryCondition.Periodic, BoundaryCondition.Clamp)] BoundaryCondition condition,
        [Values(-1000, -2, -1, 1, 2, 7, 1000)] int x)
    {
        var single = Image.FromRows([7]);
        Assert.That(single.GetPixel(x, x, condition), Is.EqualTo(7));
    }

    [Test]
    public void One_pixel_wide_image_is_zero_outside_under_Zero() =>
        Assert.That(Image.FromRows([7]).GetPixel(1, 0, BoundaryCondition.Zero), Is.Zero);

    [Test]
    public void Conditions_apply_along_rows_as_well_as_columns()
    {
        var column = Image.FromRows([10], [20], [30], [40]);
        Assert.Multiple(() =>
        {
            Assert.That(column.GetPixel(0, -1, BoundaryCondition.Mirror), Is.EqualTo(20));
            Assert.That(column.GetPixel(0, -1, BoundaryCondition.Symmetric), Is.EqualTo(10));
            Assert.That(column.GetPixel(0, 4, BoundaryCondition.Periodic), Is.EqualTo(10));
            Assert.That(column.GetPixel(0, 5, BoundaryCondition.Clamp), Is.EqualTo(40));
        });
    }

    [Test]
    public void Corner_outside_in_both_directions_folds_each_axis()
    {
        var image = Image.FromRows([1, 2, 3], [4, 5, 6], [7, 8, 9]);
        Assert.Multiple(() =>
        {
            Assert.That(image.GetPixel(-1, -1, BoundaryCondition.Mirror), Is.EqualTo(5));
            Assert.That(image.GetPixel(-1, -1, BoundaryCondition.Symmetric), Is.EqualTo(1));
            Assert.That(image.GetPixel(3, 3, BoundaryCondition.Periodic), Is.EqualTo(1));
            Assert.That(image.GetPixel(-1, 3, BoundaryCondition.Zero), Is.Zero);
        });
    }

    private static void AssertBothSides(BoundaryCondition condition, int offset, double left, double right)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Row.GetPixel(-1 - offset, 0, condition), Is.EqualTo(left), $"{condition}, x = {-1 - offset}");
            Assert.That(Row.GetPixel(Row.Width + offset, 0, condition), Is.EqualTo(right), $"{condition}, x = {Row.Width + offset}");
        });
    }
}
