using Labs.Imaging;
using Labs.Testing.Constraints;

namespace Labs.Testing.Tests.Constraints;

/// <summary>The exact text a student reads when an image check fails, for the common bugs of a filtering lab.</summary>
public sealed class ImageConstraintTests
{
    private const double Tolerance = 1e-6;

    private static readonly Image Ramp = Image.FromRows([1, 2, 3], [4, 5, 6], [7, 8, 9]);

    [Test]
    public void Matching_image_passes() =>
        Assert.That(FailureText.Passes(Matches.Image(Ramp).Within(Tolerance), Ramp.Clone()), Is.True);

    [Test]
    public void Shape_mismatch() =>
        Assert.That(Body(Matches.Image(new Image(5, 4)), new Image(3, 4)), Is.EqualTo(
            "Wrong size: expected a 5×4 image (5 wide, 4 high) but got 3×4 (3 wide, 4 high)."));

    [Test]
    public void Normalization_error()
    {
        var expected = Image.FromRows([0.1, 0.2, 0.3], [0.4, 0.5, 0.6]);
        var actual = Image.FromRows([0.3, 0.6, 0.9], [1.2, 1.5, 1.8]);
        Assert.That(Body(Matches.Image(expected).Within(Tolerance), actual), Is.EqualTo(
            "6 of 6 pixels (100.0 %) differ from the expected image by more than the tolerance 1e-6.\n" +
            "Largest error: 1.2 at (x: 2, y: 1): expected 0.6, got 1.8.\n" +
            "Likely cause: Every pixel is 3 times too large: did you forget to normalize by a factor of 3?\n" +
            "\n" +
            "Expected                     Yours (* = wrong)\n" +
            "y\\x │     0      1      2    y\\x │      0       1       2\n" +
            "────┼────────────────────    ────┼───────────────────────\n" +
            "  0 │ 0.100  0.200  0.300      0 │ *0.300  *0.600  *0.900\n" +
            "  1 │ 0.400  0.500  0.600      1 │ *1.200  *1.500  *1.800"));
    }

    [Test]
    public void Flipped_kernel()
    {
        // Correlating an impulse gives the kernel flipped; convolving gives the kernel itself.
        var correlation = Image.FromRows([0, 0, 0, 0, 0], [0, 3, 2, 1, 0], [0, 0, 0, 0, 0]);
        var convolution = Image.FromRows([0, 0, 0, 0, 0], [0, 1, 2, 3, 0], [0, 0, 0, 0, 0]);
        Assert.That(Body(Matches.Image(correlation).Within(Tolerance), convolution), Is.EqualTo(
            "2 of 15 pixels (13.3 %) differ from the expected image by more than the tolerance 1e-6.\n" +
            "Largest error: 2 at (x: 1, y: 1): expected 3, got 1.\n" +
            "Likely cause: Your image is the expected one flipped horizontally (left and right exchanged). For a filter's output this usually means correlation versus convolution: the kernel was used without flipping it, or flipped when it should not be.\n" +
            "\n" +
            "Expected               Yours (* = wrong)\n" +
            "y\\x │ 0  1  2  3  4    y\\x │  0   1   2   3   4\n" +
            "────┼──────────────    ────┼───────────────────\n" +
            "  0 │ 0  0  0  0  0      0 │  0   0   0   0   0\n" +
            "  1 │ 0  3  2  1  0      1 │  0  *1   2  *3   0\n" +
            "  2 │ 0  0  0  0  0      2 │  0   0   0   0   0"));
    }

    [Test]
    public void Border_only_error()
    {
        var expected = new Image(6, 6, 4);
        var actual = expected.Clone();
        for (var i = 0; i < 6; i++)
        {
            actual[i, 0] = 3;
            actual[0, i] = 3;
        }

        Assert.That(Body(Matches.Image(expected).Within(Tolerance), actual), Is.EqualTo(
            "11 of 36 pixels (30.6 %) differ from the expected image by more than the tolerance 1e-6.\n" +
            "Largest error: 1 at (x: 0, y: 0): expected 4, got 3.\n" +
            "Likely cause: All 11 wrong pixels lie in a band 1 pixel wide along the border, and the interior is right: check your boundary condition, i.e. how you read pixels outside the image (see BoundaryCondition).\n" +
            "\n" +
            "Expected                  Yours (* = wrong)\n" +
            "y\\x │ 0  1  2  3  4  5    y\\x │  0   1   2   3   4   5\n" +
            "────┼─────────────────    ────┼───────────────────────\n" +
            "  0 │ 4  4  4  4  4  4      0 │ *3  *3  *3  *3  *3  *3\n" +
            "  1 │ 4  4  4  4  4  4      1 │ *3   4   4   4   4   4\n" +
            "  2 │ 4  4  4  4  4  4      2 │ *3   4   4   4   4   4\n" +
            "  3 │ 4  4  4  4  4  4      3 │ *3   4   4   4   4   4\n" +
            "  4 │ 4  4  4  4  4  4      4 │ *3   4   4   4   4   4\n" +
            "  5 │ 4  4  4  4  4  4      5 │ *3   4   4   4   4   4"));
    }

    [Test]
    public void Tolerance_near_miss()
    {
        var actual = Ramp.Clone();
        actual[1, 1] = 5.0003;
        Assert.That(Body(Matches.Image(Ramp).Within(Tolerance), actual), Is.EqualTo(
            "1 of 9 pixels (11.1 %) differs from the expected image by more than the tolerance 1e-6.\n" +
            "Largest error: 3e-4 at (x: 1, y: 1): expected 5, got 5.0003.\n" +
            "Verdict: almost — accuracy not enough (max error 3e-4 > 1e-6).\n" +
            "You are close: the method looks right but the numbers are not accurate enough. Look for rounding or converting to integers too early, float instead of double, or an approximate constant (3.14 for π).\n" +
            "\n" +
            "Expected                        Yours (* = wrong)\n" +
            "y\\x │      0       1       2    y\\x │       0        1        2\n" +
            "────┼───────────────────────    ────┼──────────────────────────\n" +
            "  0 │ 1.0000  2.0000  3.0000      0 │  1.0000   2.0000   3.0000\n" +
            "  1 │ 4.0000  5.0000  6.0000      1 │  4.0000  *5.0003   6.0000\n" +
            "  2 │ 7.0000  8.0000  9.0000      2 │  7.0000   8.0000   9.0000"));
    }

    [Test]
    public void Failure_links_a_visual_report_that_exists()
    {
        var actual = Ramp.Clone();
        actual[0, 0] = 100;
        var text = FailureText.Of(Matches.Image(Ramp), actual);
        var link = text.Split('\n').Single(l => l.StartsWith("Visual report: file://", StringComparison.Ordinal));
        var path = new Uri(link["Visual report: ".Length..]).LocalPath;
        Assert.That(File.ReadAllText(path), Does.Contain("<canvas"));
    }

    [Test]
    public void Two_dimensional_arrays_are_checked_like_images() =>
        Assert.That(FailureText.Passes(Matches.Array(new double[,] { { 1, 2 }, { 3, 4 } }), new double[,] { { 1, 2 }, { 3, 4 } }), Is.True);

    [Test]
    public void Wrong_message_follows_the_diagnosis() =>
        Assert.That(Body(Matches.Image(Ramp).WhenWrong("Remember: the output has the size of the input."), new Image(2, 2)),
            Does.EndWith("\n\nRemember: the output has the size of the input."));

    /// <summary>The failure text without the final visual-report line, whose path changes from run to run.</summary>
    private static string Body(ImageConstraint constraint, Image actual)
    {
        var text = FailureText.Of(constraint, actual);
        var lines = text.Split('\n').Where(l => !l.StartsWith("Visual report: ", StringComparison.Ordinal));
        return string.Join('\n', lines).TrimEnd();
    }
}
