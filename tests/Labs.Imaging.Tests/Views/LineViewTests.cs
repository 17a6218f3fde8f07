namespace Labs.Imaging.Tests.Views;

/// <summary>
/// Rows and columns read through every boundary condition. The line under test is always <c>a b c d</c> = 10 20 30 40
/// (n = 4); the other rows/columns hold different values so that a wrong row, column or stride shows up.
/// </summary>
public sealed class LineViewTests
{
    // 4 wide, 3 high: row 1 is the line under test.
    private static readonly Image Wide = Image.FromRows(
        [1, 2, 3, 4],
        [10, 20, 30, 40],
        [5, 6, 7, 8]);

    // The transpose of Wide, 3 wide, 4 high: column 1 is the line under test.
    private static readonly Image Tall = Image.FromRows(
        [1, 10, 5],
        [2, 20, 6],
        [3, 30, 7],
        [4, 40, 8]);

    // Positions −1, n = 4 and 2n + 3 = 11, plus −(2n + 3) = −11 on the far left.
    // Mirror    (period 2n−2 = 6): −1 → 1 (20);  4 → 6−4 = 2 (30); 11 ≡ 5 → 6−5 = 1 (20); −11 ≡ 1 → 1 (20)
    // Symmetric (period 2n = 8):   −1 ≡ 7 → 8−1−7 = 0 (10); 4 → 8−1−4 = 3 (40); 11 ≡ 3 (40); −11 ≡ 5 → 8−1−5 = 2 (30)
    // Periodic  (period n = 4):    −1 ≡ 3 (40); 4 ≡ 0 (10); 11 ≡ 3 (40); −11 ≡ 1 (20)
    // Zero: 0 everywhere outside.   Clamp: left of the line 10, right of it 40.
    [TestCase(BoundaryCondition.Mirror, 20, 30, 20, 20)]
    [TestCase(BoundaryCondition.Symmetric, 10, 40, 40, 30)]
    [TestCase(BoundaryCondition.Periodic, 40, 10, 40, 20)]
    [TestCase(BoundaryCondition.Zero, 0, 0, 0, 0)]
    [TestCase(BoundaryCondition.Clamp, 10, 40, 40, 10)]
    public void Row_view_reads_outside_through_the_condition(
        BoundaryCondition condition, double atMinus1, double atN, double at2NPlus3, double atMinus2NMinus3)
    {
        var row = Wide.GetRow(1, condition);
        Assert.Multiple(() =>
        {
            Assert.That(row[-1], Is.EqualTo(atMinus1), "row[-1]");
            Assert.That(row[4], Is.EqualTo(atN), "row[n]");
            Assert.That(row[11], Is.EqualTo(at2NPlus3), "row[2n+3]");
            Assert.That(row[-11], Is.EqualTo(atMinus2NMinus3), "row[-(2n+3)]");
        });
    }

    [TestCase(BoundaryCondition.Mirror, 20, 30, 20, 20)]
    [TestCase(BoundaryCondition.Symmetric, 10, 40, 40, 30)]
    [TestCase(BoundaryCondition.Periodic, 40, 10, 40, 20)]
    [TestCase(BoundaryCondition.Zero, 0, 0, 0, 0)]
    [TestCase(BoundaryCondition.Clamp, 10, 40, 40, 10)]
    public void Column_view_reads_outside_through_the_condition(
        BoundaryCondition condition, double atMinus1, double atN, double at2NPlus3, double atMinus2NMinus3)
    {
        var column = Tall.GetColumn(1, condition);
        Assert.Multiple(() =>
        {
            Assert.That(column[-1], Is.EqualTo(atMinus1), "column[-1]");
            Assert.That(column[4], Is.EqualTo(atN), "column[n]");
            Assert.That(column[11], Is.EqualTo(at2NPlus3), "column[2n+3]");
            Assert.That(column[-11], Is.EqualTo(atMinus2NMinus3), "column[-(2n+3)]");
        });
    }

    [Test]
    public void Inside_the_image_every_condition_reads_the_pixels_themselves([Values] BoundaryCondition condition)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Wide.GetRow(1, condition).ToArray(), Is.EqualTo(new double[] { 10, 20, 30, 40 }));
            Assert.That(Tall.GetColumn(1, condition).ToArray(), Is.EqualTo(new double[] { 10, 20, 30, 40 }));
            Assert.That(Wide.GetColumn(3, condition).ToArray(), Is.EqualTo(new double[] { 4, 40, 8 }));
            Assert.That(Tall.GetRow(3, condition).ToArray(), Is.EqualTo(new double[] { 4, 40, 8 }));
        });
    }

    [Test]
    public void Length_is_the_width_for_a_row_and_the_height_for_a_column()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Wide.GetRow(0).Length, Is.EqualTo(4));
            Assert.That(Wide.GetColumn(0).Length, Is.EqualTo(3));
            Assert.That(Wide.GetRow(2).Index, Is.EqualTo(2));
            Assert.That(Wide.GetColumn(2).IsColumn, Is.True);
            Assert.That(Wide.GetRow(2).IsColumn, Is.False);
        });
    }

    [Test]
    public void Default_condition_is_Mirror()
    {
        var row = Wide.GetRow(1);
        Assert.Multiple(() =>
        {
            Assert.That(row.Condition, Is.EqualTo(BoundaryCondition.Mirror));
            Assert.That(row[-1], Is.EqualTo(20)); // d c b | a b c d
            Assert.That(Wide.GetColumn(0).Condition, Is.EqualTo(BoundaryCondition.Mirror));
        });
    }

    // Wide has 3 rows: 1 2 3 4 / 10 20 30 40 / 5 6 7 8.
    // Mirror (period 4):    row −1 → 1, row 3 → 1.   Symmetric (period 6): row −1 → 0, row 3 → 2.
    // Periodic (period 3):  row −1 → 2, row 3 → 0.   Clamp: row −1 → 0, row 3 → 2.
    [TestCase(BoundaryCondition.Mirror, -1, new double[] { 10, 20, 30, 40 })]
    [TestCase(BoundaryCondition.Mirror, 3, new double[] { 10, 20, 30, 40 })]
    [TestCase(BoundaryCondition.Symmetric, -1, new double[] { 1, 2, 3, 4 })]
    [TestCase(BoundaryCondition.Symmetric, 3, new double[] { 5, 6, 7, 8 })]
    [TestCase(BoundaryCondition.Periodic, -1, new double[] { 5, 6, 7, 8 })]
    [TestCase(BoundaryCondition.Periodic, 3, new double[] { 1, 2, 3, 4 })]
    [TestCase(BoundaryCondition.Clamp, -1, new double[] { 1, 2, 3, 4 })]
    [TestCase(BoundaryCondition.Clamp, 3, new double[] { 5, 6, 7, 8 })]
    [TestCase(BoundaryCondition.Zero, -1, new double[] { 0, 0, 0, 0 })]
    [TestCase(BoundaryCondition.Zero, 3, new double[] { 0, 0, 0, 0 })]
    public void A_row_outside_the_image_is_folded_by_the_condition(BoundaryCondition condition, int y, double[] expected)
    {
        var row = Wide.GetRow(y, condition);
        Assert.Multiple(() =>
        {
            Assert.That(row.ToArray(), Is.EqualTo(expected));
            Assert.That(row.Index, Is.EqualTo(y));
        });
    }

    [Test]
    public void A_row_outside_the_image_agrees_with_GetPixel_in_both_directions([Values] BoundaryCondition condition)
    {
        // Reading outside in x and y at once folds each axis; the view must match GetPixel's corner values.
        Assert.Multiple(() =>
        {
            foreach (var y in new[] { -4, -1, 3, 7 })
            {
                var row = Wide.GetRow(y, condition);
                var column = Wide.GetColumn(y, condition);
                foreach (var i in new[] { -9, -1, 0, 2, 4, 13 })
                {
                    Assert.That(row[i], Is.EqualTo(Wide.GetPixel(i, y, condition)), $"{condition}: row {y}, x = {i}");
                    Assert.That(column[i], Is.EqualTo(Wide.GetPixel(y, i, condition)), $"{condition}: column {y}, y = {i}");
                }
            }
        });
    }

    [Test]
    public void Zero_row_outside_the_image_is_zero_everywhere()
    {
        var row = Wide.GetRow(-1, BoundaryCondition.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(row[-1], Is.Zero);
            Assert.That(row[2], Is.Zero);
            Assert.That(row[100], Is.Zero);
        });
    }

    [Test]
    public void Row_view_sees_changes_made_after_it_was_created()
    {
        var image = Wide.Clone();
        var row = image.GetRow(1);
        image.SetPixel(2, 1, 99);
        Assert.Multiple(() =>
        {
            Assert.That(row[2], Is.EqualTo(99));
            Assert.That(row[4], Is.EqualTo(99), "Mirror reads row[n] from position n − 2 = 2");
        });
    }

    [Test]
    public void Column_view_sees_changes_made_after_it_was_created()
    {
        var image = Tall.Clone();
        var column = image.GetColumn(1, BoundaryCondition.Periodic);
        image[1, 0] = -7;
        Assert.Multiple(() =>
        {
            Assert.That(column[0], Is.EqualTo(-7));
            Assert.That(column[4], Is.EqualTo(-7), "Periodic reads column[n] from position 0");
        });
    }

    [Test]
    public void A_folded_row_outside_sees_changes_to_the_row_it_is_read_from()
    {
        var image = Wide.Clone();
        var row = image.GetRow(-1, BoundaryCondition.Mirror); // row −1 is read as row 1
        image.SetPixel(0, 1, 55);
        Assert.That(row[0], Is.EqualTo(55));
    }

    [Test]
    public void ToArray_is_a_copy_that_does_not_follow_later_changes()
    {
        var image = Wide.Clone();
        var values = image.GetRow(0).ToArray();
        image.SetPixel(0, 0, 1000);
        values[1] = -1;
        Assert.Multiple(() =>
        {
            Assert.That(values, Is.EqualTo(new double[] { 1, -1, 3, 4 }));
            Assert.That(image.GetPixel(1, 0), Is.EqualTo(2));
        });
    }

    [Test]
    public void A_three_tap_sum_can_be_written_the_same_way_at_the_edge()
    {
        // Mirror: at x = 0, row[-1] = row[1] = 20, so 20 + 10 + 20 = 50; at x = 3, row[4] = row[2] = 30, so 30 + 40 + 30 = 100.
        var row = Wide.GetRow(1);
        var sums = new double[row.Length];
        for (var x = 0; x < row.Length; x++)
        {
            sums[x] = row[x - 1] + row[x] + row[x + 1];
        }

        Assert.That(sums, Is.EqualTo(new double[] { 50, 60, 90, 100 }));
    }

    [Test]
    public void ToString_names_the_line_the_image_and_the_values()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Wide.GetRow(1).ToString(), Is.EqualTo("Row 1 of the 4×3 image (Mirror outside): [10, 20, 30, 40]"));
            Assert.That(
                Wide.GetColumn(-1, BoundaryCondition.Symmetric).ToString(),
                Is.EqualTo("Column -1 (read as column 0 under Symmetric) of the 4×3 image (Symmetric outside): [1, 10, 5]"));
            Assert.That(
                Wide.GetRow(5, BoundaryCondition.Zero).ToString(),
                Is.EqualTo("Row 5 (outside the image, all zeros under Zero) of the 4×3 image (Zero outside): [0, 0, 0, 0]"));
        });
    }

    [Test]
    public void ToString_shortens_long_lines()
    {
        var image = new Image(20, 1, 0.5);
        Assert.That(
            image.GetRow(0).ToString(),
            Is.EqualTo("Row 0 of the 20×1 image (Mirror outside): [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, …]"));
    }

    [Test]
    public void A_default_LineView_explains_where_views_come_from()
    {
        var empty = default(LineView);
        Assert.Multiple(() =>
        {
            Assert.That(() => empty[0], Throws.InvalidOperationException.With.Message.Contains("image.GetRow(y) or image.GetColumn(x)"));
            Assert.That(empty.ToString(), Does.StartWith("Empty LineView"));
        });
    }

    [Test]
    public void An_unknown_condition_is_refused_when_the_view_is_made()
    {
        Assert.That(
            () => Wide.GetRow(0, (BoundaryCondition)42),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith(
                "GetRow: 42 is not a boundary condition; use one of Mirror, Symmetric, Periodic, Zero or Clamp."));
    }
}
