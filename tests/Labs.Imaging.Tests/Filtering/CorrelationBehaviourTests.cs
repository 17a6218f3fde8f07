namespace Labs.Imaging.Tests.Filtering;

/// <summary>What Correlate, Convolve and CorrelateSeparable promise besides the numbers: new images, untouched input, clear errors.</summary>
public sealed class CorrelationBehaviourTests
{
    private static readonly double[,] Kernel3x3 = { { 1, 2, 0 }, { -1, 3, 5 }, { 4, 0, -2 } };

    [Test]
    public void Correlate_returns_a_new_image_and_leaves_the_source_unchanged()
    {
        var source = Image.FromArray(ScipyReference.Image);
        var before = source.ToArray();

        var result = source.Correlate(Kernel3x3, BoundaryCondition.Mirror);
        result.SetPixel(0, 0, 1000);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.Not.SameAs(source));
            Assert.That(result.Shape, Is.EqualTo(source.Shape));
            Assert.That(source.ToArray(), Is.EqualTo(before));
        });
    }

    [Test]
    public void Convolve_and_CorrelateSeparable_leave_the_source_unchanged()
    {
        var source = Image.FromArray(ScipyReference.Image);
        var before = source.ToArray();

        var convolved = source.Convolve(Kernel3x3, BoundaryCondition.Periodic);
        var separable = source.CorrelateSeparable([1, 2], [3, 4, 5], BoundaryCondition.Clamp);

        Assert.Multiple(() =>
        {
            Assert.That(convolved, Is.Not.SameAs(source));
            Assert.That(separable, Is.Not.SameAs(source));
            Assert.That(source.ToArray(), Is.EqualTo(before));
        });
    }

    [Test]
    public void Changing_the_kernel_afterwards_does_not_change_the_result()
    {
        var source = Image.FromArray(ScipyReference.Image);
        var kernel = (double[,])Kernel3x3.Clone();
        var result = source.Correlate(kernel, BoundaryCondition.Mirror);
        var expected = result.ToArray();

        kernel[1, 1] = 99;

        Assert.That(result.ToArray(), Is.EqualTo(expected));
    }

    [Test]
    public void Null_kernel_is_rejected_with_an_example_of_a_kernel()
    {
        var image = new Image(3, 3);

        var error = Assert.Throws<ArgumentNullException>(() => image.Correlate(null!, BoundaryCondition.Mirror));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("kernel"));
            Assert.That(error.Message, Does.StartWith(
                "Correlate needs a kernel, but kernel is null. Pass the weights as a 2-D array indexed [row, column], e.g. new double[,] { { 1, 2, 1 } }."));
        });
    }

    [Test]
    public void Empty_kernel_is_rejected_with_its_size()
    {
        var image = new Image(3, 3);

        var error = Assert.Throws<ArgumentException>(() => image.Convolve(new double[3, 0], BoundaryCondition.Zero));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("kernel"));
            Assert.That(error.Message, Does.StartWith(
                "Convolve needs at least one weight, but the kernel has 3 row(s) and 0 column(s). Pass a kernel of at least 1×1, e.g. new double[,] { { 1 } }."));
        });
    }

    [Test]
    public void Separable_kernels_that_are_null_or_empty_are_rejected_by_name()
    {
        var image = new Image(3, 3);

        var nullRow = Assert.Throws<ArgumentNullException>(() => image.CorrelateSeparable(null!, [1], BoundaryCondition.Mirror));
        var emptyColumn = Assert.Throws<ArgumentException>(() => image.CorrelateSeparable([1], [], BoundaryCondition.Mirror));

        Assert.Multiple(() =>
        {
            Assert.That(nullRow!.ParamName, Is.EqualTo("rowKernel"));
            Assert.That(nullRow.Message, Does.StartWith("CorrelateSeparable needs rowKernel, but it is null. Pass the weights as an array, e.g. [1, 2, 1]."));
            Assert.That(emptyColumn!.ParamName, Is.EqualTo("columnKernel"));
            Assert.That(emptyColumn.Message, Does.StartWith(
                "CorrelateSeparable needs at least one weight in columnKernel, but it is empty. Pass e.g. [1] to leave this direction unchanged."));
        });
    }

    [Test]
    public void Unknown_boundary_condition_is_rejected()
    {
        var image = new Image(3, 3);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => image.Correlate(Kernel3x3, (BoundaryCondition)42));

        Assert.That(error!.Message, Does.StartWith("Correlate: 42 is not a boundary condition; use one of Mirror, Symmetric, Periodic, Zero or Clamp."));
    }

    // scipy.ndimage.correlate([1, nan, 3, 4, 5], [0, 1, 0]) = [1, nan, 3, 4, 5]: zero weights are skipped, so the NaN
    // stays where it is; correlate1d with the same kernel gives [nan, nan, nan, 4, 5] (checked with scipy 1.10.1).
    [Test]
    public void Zero_weights_are_skipped_by_Correlate_but_not_by_CorrelateSeparable_as_in_scipy()
    {
        var image = Image.FromRows([1, double.NaN, 3, 4, 5]);

        var correlated = image.Correlate(new double[,] { { 0, 1, 0 } }, BoundaryCondition.Mirror);
        var separable = image.CorrelateSeparable([0, 1, 0], [1], BoundaryCondition.Mirror);

        Assert.Multiple(() =>
        {
            Assert.That(Row(correlated), Is.EqualTo(new[] { 1, double.NaN, 3, 4, 5 }));
            Assert.That(Row(separable), Is.EqualTo(new[] { double.NaN, double.NaN, double.NaN, 4, 5 }));
        });
    }

    [Test]
    public void Rgb_channels_do_not_mix()
    {
        // Only the green channel has a non-zero pixel; after filtering, red and blue must still be all zeros.
        var rgb = Image.CreateRgb(5, 4);
        rgb.SetRgb(2, 1, new Rgb(0, 7, 0));

        var result = rgb.Correlate(Kernel3x3, BoundaryCondition.Periodic);

        Assert.Multiple(() =>
        {
            Assert.That(result.GetChannel(0).ToArray(), Is.All.EqualTo(0));
            Assert.That(result.GetChannel(2).ToArray(), Is.All.EqualTo(0));
            // out(x, y) = Σ k[j, i] · in(x + i − 1, y + j − 1) picks the impulse at (2, 1) when x = 3 − i and y = 2 − j:
            // k[1, 1] = 3 lands on (2, 1), k[1, 2] = 5 on (1, 1), k[2, 0] = 4 on (3, 0).
            Assert.That(result.GetChannel(1).GetPixel(2, 1), Is.EqualTo(3 * 7));
            Assert.That(result.GetChannel(1).GetPixel(1, 1), Is.EqualTo(5 * 7));
            Assert.That(result.GetChannel(1).GetPixel(3, 0), Is.EqualTo(4 * 7));
        });
    }

    private static double[] Row(Image image) => [.. Enumerable.Range(0, image.Width).Select(x => image.GetPixel(x, 0))];
}
