namespace Labs.Imaging.Tests.Views;

/// <summary>
/// Neighbourhood centring (centre index = size / 2, as in scipy.ndimage) and boundary handling.
/// The 5×5 test image holds 10·(y + 1) + (x + 1) at (x, y), so every value spells its own position:
/// 11 is (0, 0), 35 is (4, 2), 53 is (2, 4).
/// </summary>
public sealed class NeighbourhoodTests
{
    private static readonly Image Grid = MakeGrid();

    [Test]
    public void Size_3_at_the_corner_is_centred_on_the_pixel_and_mirrored()
    {
        // Columns and rows −1, 0, 1; Mirror reads −1 as 1.
        var n = Grid.GetNeighbourhood(0, 0, 3, BoundaryCondition.Mirror);
        AssertWindow(n, -1, -1, new double[,]
        {
            { 22, 21, 22 },
            { 12, 11, 12 },
            { 22, 21, 22 },
        });
        Assert.That(n[1, 1], Is.EqualTo(Grid.GetPixel(0, 0)));
    }

    [Test]
    public void Size_3_at_the_corner_under_Zero_has_zeros_outside()
    {
        var n = Grid.GetNeighbourhood(0, 0, 3, BoundaryCondition.Zero);
        AssertWindow(n, -1, -1, new double[,]
        {
            { 0, 0, 0 },
            { 0, 11, 12 },
            { 0, 21, 22 },
        });
    }

    [Test]
    public void Size_3_in_the_interior_covers_one_pixel_each_side()
    {
        // (3, 1): columns 2..4, rows 0..2.
        var n = Grid.GetNeighbourhood(3, 1, 3, BoundaryCondition.Zero);
        AssertWindow(n, 2, 0, new double[,]
        {
            { 13, 14, 15 },
            { 23, 24, 25 },
            { 33, 34, 35 },
        });
    }

    [Test]
    public void Size_5_in_the_centre_covers_the_whole_5x5_image()
    {
        var n = Grid.GetNeighbourhood(2, 2, 5, BoundaryCondition.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(n[2, 2], Is.EqualTo(33), "centre index 5 / 2 = 2 is the pixel (2, 2)");
            Assert.That(n.ToImage().ToArray(), Is.EqualTo(Grid.ToArray()));
        });
    }

    [Test]
    public void Size_5_at_the_corner_under_Symmetric_repeats_the_edge()
    {
        // Columns (and rows) −2, −1, 0, 1, 2; Symmetric reads −2 as 1 and −1 as 0: indices 1 0 0 1 2.
        var n = Grid.GetNeighbourhood(0, 0, 5, BoundaryCondition.Symmetric);
        AssertWindow(n, -2, -2, new double[,]
        {
            { 22, 21, 21, 22, 23 },
            { 12, 11, 11, 12, 13 },
            { 12, 11, 11, 12, 13 },
            { 22, 21, 21, 22, 23 },
            { 32, 31, 31, 32, 33 },
        });
        Assert.That(n[2, 2], Is.EqualTo(11));
    }

    [Test]
    public void Size_2_reaches_one_pixel_left_and_up_of_the_pixel()
    {
        // Even size: centre index 2 / 2 = 1, so the window is x−1..x, y−1..y (as scipy.ndimage).
        var n = Grid.GetNeighbourhood(2, 2, 2, BoundaryCondition.Zero);
        AssertWindow(n, 1, 1, new double[,]
        {
            { 22, 23 },
            { 32, 33 },
        });
        Assert.That(n[1, 1], Is.EqualTo(33), "[1, 1] is the pixel (2, 2)");
    }

    [Test]
    public void Size_2_at_the_corner_under_Periodic_wraps_to_the_far_edge()
    {
        // x−1 = −1 wraps to column 4, y−1 = −1 to row 4.
        var n = Grid.GetNeighbourhood(0, 0, 2, BoundaryCondition.Periodic);
        AssertWindow(n, -1, -1, new double[,]
        {
            { 55, 51 },
            { 15, 11 },
        });
    }

    [Test]
    public void Size_4_covers_two_pixels_before_and_one_after()
    {
        // Centre index 4 / 2 = 2: columns x−2..x+1 = 0..3, rows 0..3.
        var n = Grid.GetNeighbourhood(2, 2, 4, BoundaryCondition.Zero);
        AssertWindow(n, 0, 0, new double[,]
        {
            { 11, 12, 13, 14 },
            { 21, 22, 23, 24 },
            { 31, 32, 33, 34 },
            { 41, 42, 43, 44 },
        });
        Assert.That(n[2, 2], Is.EqualTo(33));
    }

    [Test]
    public void Size_4_at_the_top_left_corner_under_Mirror()
    {
        // Columns −2, −1, 0, 1 read as 2, 1, 0, 1; the same for rows.
        var n = Grid.GetNeighbourhood(0, 0, 4, BoundaryCondition.Mirror);
        AssertWindow(n, -2, -2, new double[,]
        {
            { 33, 32, 31, 32 },
            { 23, 22, 21, 22 },
            { 13, 12, 11, 12 },
            { 23, 22, 21, 22 },
        });
        Assert.That(n[2, 2], Is.EqualTo(11));
    }

    [Test]
    public void Size_4_at_the_bottom_right_corner_under_Clamp()
    {
        // Columns 2, 3, 4, 5 read as 2, 3, 4, 4; the same for rows.
        var n = Grid.GetNeighbourhood(4, 4, 4, BoundaryCondition.Clamp);
        AssertWindow(n, 2, 2, new double[,]
        {
            { 33, 34, 35, 35 },
            { 43, 44, 45, 45 },
            { 53, 54, 55, 55 },
            { 53, 54, 55, 55 },
        });
        Assert.That(n[2, 2], Is.EqualTo(55));
    }

    [Test]
    public void Rectangular_neighbourhood_centres_each_axis_on_its_own_size()
    {
        // 4 wide, 3 high around (2, 2): columns 0..3 (centre index 2), rows 1..3 (centre index 1).
        var n = Grid.GetNeighbourhood(2, 2, 4, 3, BoundaryCondition.Zero);
        AssertWindow(n, 0, 1, new double[,]
        {
            { 21, 22, 23, 24 },
            { 31, 32, 33, 34 },
            { 41, 42, 43, 44 },
        });
        Assert.That(n[2, 1], Is.EqualTo(33));
    }

    [Test]
    public void Default_condition_is_Mirror()
    {
        var n = Grid.GetNeighbourhood(0, 0, 3);
        Assert.Multiple(() =>
        {
            Assert.That(n.Condition, Is.EqualTo(BoundaryCondition.Mirror));
            Assert.That(n[0, 0], Is.EqualTo(22));
            Assert.That(Grid.GetNeighbourhood(0, 0, 3, 3).Condition, Is.EqualTo(BoundaryCondition.Mirror));
        });
    }

    [Test]
    public void Weighted_sums_over_neighbourhoods_match_scipy_correlate(
        [ValueSource(typeof(NeighbourhoodReference), nameof(NeighbourhoodReference.Cases))] NeighbourhoodReference.WindowCase reference)
    {
        // scipy.ndimage.correlate(image, k)[y, x] = Σ k[j, i] · image[y + j − h // 2, x + i − w // 2] with k[j, i] = 1 + i + w·j,
        // so this agrees only if the window is centred at size // 2 and reads outside exactly like scipy's mode.
        var image = Image.FromArray(NeighbourhoodReference.Image);
        var actual = new double[image.Height, image.Width];
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var n = image.GetNeighbourhood(x, y, reference.Width, reference.Height, reference.Condition);
                for (var j = 0; j < n.Height; j++)
                {
                    for (var i = 0; i < n.Width; i++)
                    {
                        actual[y, x] += (1 + i + (reference.Width * j)) * n[i, j];
                    }
                }
            }
        }

        Assert.That(actual, Is.EqualTo(reference.Expected(image.Width, image.Height)));
    }

    [Test]
    public void Neighbourhood_sees_changes_made_after_it_was_created()
    {
        var image = Grid.Clone();
        var n = image.GetNeighbourhood(0, 0, 3, BoundaryCondition.Mirror);
        image.SetPixel(1, 1, -5);
        Assert.Multiple(() =>
        {
            Assert.That(n[2, 2], Is.EqualTo(-5));
            Assert.That(n[0, 0], Is.EqualTo(-5), "Mirror reads (−1, −1) from (1, 1)");
        });
    }

    [Test]
    public void Centre_far_outside_the_image_reads_through_the_condition()
    {
        // Periodic, period 5: (10, 12) is (0, 2); its 3×3 neighbourhood spans columns 4, 0, 1 and rows 1, 2, 3.
        var n = Grid.GetNeighbourhood(10, 12, 3, BoundaryCondition.Periodic);
        AssertWindow(n, 9, 11, new double[,]
        {
            { 25, 21, 22 },
            { 35, 31, 32 },
            { 45, 41, 42 },
        });
    }

    [TestCase(0)]
    [TestCase(-3)]
    public void Size_below_1_is_refused(int size)
    {
        Assert.That(
            () => Grid.GetNeighbourhood(1, 2, size, BoundaryCondition.Zero),
            Throws.TypeOf<ArgumentOutOfRangeException>()
                .With.Message.StartsWith($"GetNeighbourhood(x: 1, y: 2, size: {size}): size must be at least 1 (3 gives a 3×3 neighbourhood).")
                .And.Property(nameof(ArgumentException.ParamName)).EqualTo("size"));
    }

    [Test]
    public void Width_or_height_below_1_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                () => Grid.GetNeighbourhood(1, 2, 3, 0, BoundaryCondition.Zero),
                Throws.TypeOf<ArgumentOutOfRangeException>()
                    .With.Message.StartsWith("GetNeighbourhood(x: 1, y: 2, width: 3, height: 0): width and height must be at least 1.")
                    .And.Property(nameof(ArgumentException.ParamName)).EqualTo("height"));
            Assert.That(
                () => Grid.GetNeighbourhood(1, 2, -1, 3, BoundaryCondition.Zero),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("width"));
        });
    }

    [Test]
    public void Reading_outside_the_window_names_the_window_size()
    {
        var n = Grid.GetNeighbourhood(2, 2, 3, BoundaryCondition.Mirror);
        Assert.Multiple(() =>
        {
            Assert.That(
                () => n[3, 0],
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith(
                    "view[x: 3, y: 0] is outside the 3×3 window: x must be in 0..2 and y in 0..2. Window positions start at 0 at the window's top-left corner, not at the centre."));
            Assert.That(
                () => n[-1, -1],
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("view[x: -1, y: -1] is outside the 3×3 window"));
            Assert.That(() => n[1, 3], Throws.TypeOf<ArgumentOutOfRangeException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("y"));
        });
    }

    [Test]
    public void Window_beyond_the_range_of_int_coordinates_is_refused() =>
        Assert.That(
            () => Grid.GetNeighbourhood(int.MinValue, 0, 3, BoundaryCondition.Periodic),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("reaches beyond the range of int coordinates"));

    internal static Image MakeGrid()
    {
        var grid = new Image(5, 5);
        for (var y = 0; y < 5; y++)
        {
            for (var x = 0; x < 5; x++)
            {
                grid[x, y] = (10 * (y + 1)) + x + 1;
            }
        }

        return grid;
    }

    /// <summary>Checks the window's position and every value; <paramref name="expected"/> is written [row, column] like the picture.</summary>
    internal static void AssertWindow(ImageView view, int left, int top, double[,] expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(view.Width, Is.EqualTo(expected.GetLength(1)), "Width");
            Assert.That(view.Height, Is.EqualTo(expected.GetLength(0)), "Height");
            Assert.That(view.Left, Is.EqualTo(left), "Left");
            Assert.That(view.Top, Is.EqualTo(top), "Top");
            Assert.That(view.ToImage().ToArray(), Is.EqualTo(expected), "values");
        });
    }
}
