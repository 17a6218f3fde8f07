using static Labs.Imaging.Tests.Comparison.ComparisonImages;

namespace Labs.Imaging.Tests.Comparison;

/// <summary>
/// Flips, 180° rotation, transpose and one-pixel shifts, each next to a look-alike that must not be diagnosed.
/// The buggy images are built here by index arithmetic, independently of the library.
/// </summary>
public sealed class GeometryDiagnosisTests
{
    private const string FilterHint =
        "For a filter's output this usually means correlation versus convolution: the kernel was used without flipping it, or flipped when it should not be.";

    private const string Transpose =
        "Your image is the transpose of the expected one (rows and columns swapped: x and y exchanged). Check the order of x and y, e.g. GetPixel(x, y) versus an array indexed [y, x].";

    private const string CentreHint =
        "Usually the kernel's centre is off by one: for a kernel of size n the centre is n / 2 (integer division), e.g. 1 for size 3.";

    /// <summary>
    /// 5×5, symmetric (pixel (x, y) = pixel (y, x)) except the interior pair (3, 1) = 20 and (1, 3) = 30:
    /// its transpose differs from it in exactly those two pixels.
    /// </summary>
    private static Image NearlySymmetric() => Image.FromRows(
        [1, 2, 3, 4, 5],
        [2, 6, 7, 20, 9],
        [3, 7, 10, 11, 12],
        [4, 30, 11, 13, 14],
        [5, 9, 12, 14, 15]);

    public enum Flip
    {
        Horizontal,
        Vertical,
        Both,
    }

    [TestCase(Flip.Horizontal, DiagnosisKind.FlippedHorizontally, "Your image is the expected one flipped horizontally (left and right exchanged).")]
    [TestCase(Flip.Vertical, DiagnosisKind.FlippedVertically, "Your image is the expected one flipped vertically (top and bottom exchanged).")]
    [TestCase(Flip.Both, DiagnosisKind.Rotated180, "Your image is the expected one rotated by 180° (flipped both horizontally and vertically).")]
    public void A_flipped_image_points_to_correlation_versus_convolution(Flip flip, DiagnosisKind kind, string firstSentence)
    {
        var expected = Distinct5x4();

        var result = Flipped(expected, flip).Compare(expected);

        Assert.That(result.Diagnoses.Select(d => (d.Kind, d.Message)), Is.EqualTo(new[] { (kind, $"{firstSentence} {FilterHint}") }));
    }

    [TestCase(Flip.Horizontal)]
    [TestCase(Flip.Vertical)]
    [TestCase(Flip.Both)]
    public void An_image_flipped_except_one_pixel_is_not_called_flipped(Flip flip)
    {
        var expected = Distinct5x4();
        var actual = Flipped(expected, flip);
        actual[2, 1] = 100;

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }

    [Test]
    public void A_flipped_rgb_image_is_flipped_in_every_channel()
    {
        var expected = Image.FromChannels(Distinct5x4(), Map(Distinct5x4(), v => v + 100), Map(Distinct5x4(), v => 2 * v));
        var actual = Image.FromChannels(
            Flipped(expected.GetChannel(0), Flip.Horizontal),
            Flipped(expected.GetChannel(1), Flip.Horizontal),
            Flipped(expected.GetChannel(2), Flip.Horizontal));

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses.Select(d => d.Kind), Is.EqualTo(new[] { DiagnosisKind.FlippedHorizontally }));
    }

    [Test]
    public void A_square_image_with_x_and_y_exchanged_is_transposed()
    {
        var expected = Counting(4);
        var actual = Build(4, 4, (x, y) => expected[y, x]);

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses.Select(d => (d.Kind, d.Message)), Is.EqualTo(new[] { (DiagnosisKind.Transposed, Transpose) }));
    }

    [Test]
    public void The_transpose_of_a_nearly_symmetric_image_is_found_from_its_two_different_pixels()
    {
        var expected = NearlySymmetric();
        var actual = Build(5, 5, (x, y) => expected[y, x]);

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.MismatchCount, Is.EqualTo(2));
            Assert.That(result.Diagnoses.Select(d => d.Kind), Is.EqualTo(new[] { DiagnosisKind.Transposed }));
        });
    }

    [Test]
    public void A_nearly_symmetric_image_with_one_off_diagonal_difference_is_not_transposed()
    {
        // Only (3, 1) is wrong, and it holds the value of (1, 3); but (1, 3) still holds its own value, not that of (3, 1).
        var expected = NearlySymmetric();
        var actual = expected.Clone();
        actual[3, 1] = 30;

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }

    [Test]
    public void A_transposed_image_of_the_wrong_size_reports_both_shapes_and_the_transpose()
    {
        var expected = Distinct5x4();
        var actual = Build(4, 5, (x, y) => expected[y, x]);

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.ShapesMatch, Is.False);
            Assert.That(result.Message, Is.EqualTo(
                "Wrong size: expected a 5×4 image (5 wide, 4 high) but got 4×5 (4 wide, 5 high).\n" +
                $"Likely cause: {Transpose}"));
        });
    }

    [Test]
    public void An_image_of_swapped_size_transposed_except_one_pixel_is_only_a_wrong_size()
    {
        var expected = Distinct5x4();
        var actual = Build(4, 5, (x, y) => expected[y, x]);
        actual[1, 2] = 100;

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }

    [TestCase(1, 0, "to the right", "(x − 1, y)")]
    [TestCase(-1, 0, "to the left", "(x + 1, y)")]
    [TestCase(0, 1, "down", "(x, y − 1)")]
    [TestCase(0, -1, "up", "(x, y + 1)")]
    public void An_image_shifted_by_one_pixel_points_to_the_kernel_centre(int dx, int dy, string direction, string source)
    {
        var expected = Distinct5x4();
        var actual = Shifted(expected, dx, dy);

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnoses.Select(d => (d.Kind, d.Message)), Is.EqualTo(new[]
            {
                (DiagnosisKind.ShiftedByOnePixel,
                 $"Your image is the expected one shifted one pixel {direction}: your pixel (x, y) holds the expected value of {source}. {CentreHint}"),
            }));
            Assert.That((result.Diagnoses[0].ShiftX, result.Diagnoses[0].ShiftY), Is.EqualTo((dx, dy)));
        });
    }

    [Test]
    public void A_shift_plus_one_wrong_interior_pixel_is_not_called_a_shift()
    {
        var expected = Distinct5x4();
        var actual = Shifted(expected, 1, 0);
        actual[2, 2] = 100;

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }

    [Test]
    public void A_constant_image_wrong_only_in_the_column_a_shift_would_leave_uncovered_is_not_shifted()
    {
        // Every other pixel fits "shifted right" — but it fits "not shifted" just as well: the shift explains nothing.
        var expected = new Image(5, 5, 7);
        var actual = expected.Clone();
        for (var y = 0; y < 5; y++)
        {
            actual[0, y] = 0;
        }

        var result = actual.Compare(expected);

        Assert.Multiple(() =>
        {
            Assert.That(result.HasDiagnosis(DiagnosisKind.ShiftedByOnePixel), Is.False);
            Assert.That(result.Diagnoses.Select(d => d.Kind), Is.EqualTo(new[] { DiagnosisKind.BorderOnly }));
        });
    }

    [Test]
    public void A_shift_is_not_claimed_from_a_single_checked_column()
    {
        // In a 2-pixel-wide image a right shift could be checked on column 1 only: too little to go on.
        var expected = Image.FromRows([1, 2], [3, 4], [5, 6]);
        var actual = Image.FromRows([1, 1], [3, 3], [5, 5]);

        var result = actual.Compare(expected);

        Assert.That(result.Diagnoses, Is.Empty);
    }

    private static Image Flipped(Image image, Flip flip)
    {
        int w = image.Width, h = image.Height;
        return flip switch
        {
            Flip.Horizontal => Build(w, h, (x, y) => image[w - 1 - x, y]),
            Flip.Vertical => Build(w, h, (x, y) => image[x, h - 1 - y]),
            _ => Build(w, h, (x, y) => image[w - 1 - x, h - 1 - y]),
        };
    }

    /// <summary>Content moved by (dx, dy); the uncovered row or column keeps the original values (as with Clamp).</summary>
    private static Image Shifted(Image image, int dx, int dy) =>
        Build(image.Width, image.Height, (x, y) => image[Math.Clamp(x - dx, 0, image.Width - 1), Math.Clamp(y - dy, 0, image.Height - 1)]);
}
