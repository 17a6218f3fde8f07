namespace Labs.Imaging.Tests;

/// <summary>
/// The exact text of <see cref="Image.Visualize"/>, written out by hand from its layout rules:
/// a header, a line of column numbers, a rule, then one line per row (row number, <c>│</c>, cells);
/// every cell right-aligned to the widest cell or column number, cells separated by two spaces;
/// the rule is as long as the column-number line, with <c>┼</c> under the <c>│</c>.
/// </summary>
public sealed class VisualizeTests
{
    [Test]
    public void Small_integer_image_has_no_decimals()
    {
        var image = Image.FromRows([1, 2, 3], [4, 5, 6]);

        Assert.That(image.Visualize(), Is.EqualTo("""
            Image 3×2
            y\x │ 0  1  2
            ────┼────────
              0 │ 1  2  3
              1 │ 4  5  6
            """));
    }

    [Test]
    public void Columns_share_the_width_of_the_widest_value()
    {
        var image = Image.FromRows([10, 200], [3, 4]);

        // Widest cell "200" has 3 characters, so every cell and column number is padded to 3.
        Assert.That(image.Visualize(), Is.EqualTo("""
            Image 2×2
            y\x │   0    1
            ────┼─────────
              0 │  10  200
              1 │   3    4
            """));
    }

    [Test]
    public void Negative_numbers_are_right_aligned_with_their_sign()
    {
        var image = Image.FromRows([-1, 10], [100, -1000]);

        // Widest cell "-1000" has 5 characters.
        Assert.That(image.Visualize(), Is.EqualTo("""
            Image 2×2
            y\x │     0      1
            ────┼─────────────
              0 │    -1     10
              1 │   100  -1000
            """));
    }

    [Test]
    public void Fractions_are_written_with_the_chosen_precision()
    {
        var image = Image.FromRows([0.5, 1], [2.25, -3.14159]);

        // Precision 2: 0.50, 1.00, 2.25, -3.14 (1.00 gets decimals too, because the image has fractions).
        Assert.That(image.Visualize(precision: 2), Is.EqualTo("""
            Image 2×2
            y\x │     0      1
            ────┼─────────────
              0 │  0.50   1.00
              1 │  2.25  -3.14
            """));
    }

    [Test]
    public void Default_precision_is_three_decimals()
    {
        var image = Image.FromRows([1.0 / 3, 2]);

        Assert.That(image.Visualize(), Is.EqualTo("""
            Image 2×1
            y\x │     0      1
            ────┼─────────────
              0 │ 0.333  2.000
            """));
    }

    [Test]
    [SetCulture("de-DE")]
    public void Numbers_use_a_decimal_point_in_every_culture()
    {
        var image = Image.FromRows([0.5]);

        Assert.That(image.Visualize(precision: 1), Does.EndWith("0 │ 0.5"));
    }

    [Test]
    public void NaN_and_infinities_are_written_as_words_and_do_not_force_decimals()
    {
        var image = Image.FromRows([double.NaN, double.PositiveInfinity], [double.NegativeInfinity, 1]);

        Assert.That(image.Visualize(), Is.EqualTo("""
            Image 2×2
            y\x │   0    1
            ────┼─────────
              0 │ NaN    ∞
              1 │  -∞    1
            """));
    }

    [Test]
    public void NaN_next_to_a_fraction_keeps_its_name()
    {
        var image = Image.FromRows([double.NaN, 0.5]);

        Assert.That(image.Visualize(), Is.EqualTo("""
            Image 2×1
            y\x │     0      1
            ────┼─────────────
              0 │   NaN  0.500
            """));
    }

    [Test]
    public void Negative_zero_is_written_as_zero()
    {
        var image = Image.FromRows([-0.0, 1]);

        Assert.That(image.Visualize(), Does.EndWith("0 │ 0  1"));
    }

    [Test]
    public void Rgb_pixels_are_written_as_triplets()
    {
        var image = Image.CreateRgb(2, 1);
        image.SetRgb(0, 0, new Rgb(255, 128, 0));
        image.SetRgb(1, 0, new Rgb(0, 0, 255));

        // "(255, 128, 0)" has 13 characters; "(0, 0, 255)" is padded from 11 to 13.
        Assert.That(image.Visualize(), Is.EqualTo("""
            Image 2×1 RGB
            y\x │             0              1
            ────┼─────────────────────────────
              0 │ (255, 128, 0)    (0, 0, 255)
            """));
    }

    [Test]
    public void Rgb_fractions_are_written_in_every_channel()
    {
        var image = Image.CreateRgb(1, 1, new Rgb(0.5, 1, 2));

        Assert.That(image.Visualize(precision: 1), Does.EndWith("0 │ (0.5, 1.0, 2.0)"));
    }

    [Test]
    public void Large_image_shows_its_corners_with_ellipses()
    {
        // Pixel (x, y) holds 20y + x, so every shown value says where it comes from.
        var image = new Image(20, 20);
        for (var y = 0; y < 20; y++)
        {
            for (var x = 0; x < 20; x++)
            {
                image[x, y] = (20 * y) + x;
            }
        }

        // Default limit 10: rows and columns 0..4 and 15..19; the widest value "399" has 3 characters.
        // The ellipsis column is one character wide.
        Assert.That(image.Visualize(), Is.EqualTo("""
            Image 20×20 (showing 10 of 20 rows and 10 of 20 columns)
            y\x │   0    1    2    3    4  …   15   16   17   18   19
            ────┼────────────────────────────────────────────────────
              0 │   0    1    2    3    4  …   15   16   17   18   19
              1 │  20   21   22   23   24  …   35   36   37   38   39
              2 │  40   41   42   43   44  …   55   56   57   58   59
              3 │  60   61   62   63   64  …   75   76   77   78   79
              4 │  80   81   82   83   84  …   95   96   97   98   99
              … │   …    …    …    …    …  …    …    …    …    …    …
             15 │ 300  301  302  303  304  …  315  316  317  318  319
             16 │ 320  321  322  323  324  …  335  336  337  338  339
             17 │ 340  341  342  343  344  …  355  356  357  358  359
             18 │ 360  361  362  363  364  …  375  376  377  378  379
             19 │ 380  381  382  383  384  …  395  396  397  398  399
            """));
    }

    [Test]
    public void Limits_can_be_chosen_and_hidden_values_do_not_force_decimals()
    {
        var image = Image.FromRows([1, 2, 0.5, 4, 5]);

        // maxColumns 3: the first ⌈3/2⌉ = 2 columns and the last ⌊3/2⌋ = 1; the hidden 0.5 is not on show.
        Assert.That(image.Visualize(maxColumns: 3), Is.EqualTo("""
            Image 5×1 (showing 3 of 5 columns)
            y\x │ 0  1  …  4
            ────┼───────────
              0 │ 1  2  …  5
            """));
    }

    [Test]
    public void Only_rows_are_hidden_when_only_the_height_is_too_large()
    {
        var image = Image.FromRows([1], [2], [3], [4]);

        Assert.That(image.Visualize(maxRows: 2), Is.EqualTo("""
            Image 1×4 (showing 2 of 4 rows)
            y\x │ 0
            ────┼──
              0 │ 1
              … │ …
              3 │ 4
            """));
    }

    [Test]
    public void Precision_outside_0_to_15_is_refused_with_the_allowed_range()
    {
        var image = new Image(1, 1);

        Assert.That(
            () => image.Visualize(precision: 16),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith(
                "Visualize(precision: 16): precision is the number of digits after the decimal point and must be in 0..15."));
    }

    [Test]
    public void A_limit_below_one_is_refused()
    {
        var image = new Image(1, 1);

        Assert.That(
            () => image.Visualize(maxRows: 0),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("Visualize(maxRows: 0): maxRows must be at least 1."));
    }
}
