namespace Labs.Imaging.Tests.Filtering;

/// <summary>
/// Correlate, Convolve and CorrelateSeparable against scipy.ndimage on a 7×6 integer image, for odd, even and
/// over-wide asymmetric kernels and every boundary condition. The numbers are in <see cref="ScipyReference"/>.
/// </summary>
public sealed class ScipyAgreementTests
{
    // Integer data and integer weights: every sum is exact in double, so the results must match to the last bit.
    private const double ExactTolerance = 0;

    // The separable passes sum in a different order from scipy's symmetric-kernel shortcut; still integers, still exact.
    private const double SeparableTolerance = 0;

    private static IEnumerable<TestCaseData> Cases() =>
        ScipyReference.Cases.Select(c => new TestCaseData(c).SetArgDisplayNames(c.ToString()));

    private static IEnumerable<TestCaseData> SeparableCases() =>
        ScipyReference.SeparableCases.Select(c => new TestCaseData(c).SetArgDisplayNames(c.ToString()));

    [TestCaseSource(nameof(Cases))]
    public void Matches_scipy_ndimage(ScipyCase reference)
    {
        var image = Image.FromArray(ScipyReference.Image);

        var result = reference.Operation == "Correlate"
            ? image.Correlate(reference.Kernel, reference.Condition)
            : image.Convolve(reference.Kernel, reference.Condition);

        Assert.That(result.ToArray(), Is.EqualTo(reference.Expected).Within(ExactTolerance));
    }

    [TestCaseSource(nameof(SeparableCases))]
    public void Separable_matches_scipy_correlate1d_along_x_then_y(ScipySeparableCase reference)
    {
        var image = Image.FromArray(ScipyReference.Image);

        var result = image.CorrelateSeparable(reference.RowKernel, reference.ColumnKernel, reference.Condition);

        Assert.That(result.ToArray(), Is.EqualTo(reference.Expected).Within(SeparableTolerance));
    }

    [Test]
    public void Rgb_is_filtered_channel_by_channel_as_scipy_does_with_a_one_channel_deep_kernel()
    {
        var gray = Image.FromArray(ScipyReference.Image);
        var red = gray;
        var green = Map(gray, v => (2 * v) - 3);
        var blue = Map(gray, v => 10 - v);
        var rgb = Image.FromChannels(red, green, blue);
        var kernel = ScipyReference.Cases.First(c => c.KernelName == "3x3").Kernel;

        var result = rgb.Correlate(kernel, BoundaryCondition.Mirror);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsRgb, Is.True);
            for (var c = 0; c < 3; c++)
            {
                Assert.That(result.GetChannel(c).ToArray(), Is.EqualTo(ScipyReference.RgbMirror3x3[c]).Within(ExactTolerance), $"channel {c}");
            }
        });
    }

    private static Image Map(Image image, Func<double, double> f)
    {
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                result.SetPixel(x, y, f(image.GetPixel(x, y)));
            }
        }

        return result;
    }
}
