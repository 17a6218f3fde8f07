using Labs.Testing.Feedback;

namespace Labs.Testing.Tests.Feedback;

public sealed class ToleranceLadderTests
{
    [TestCase(1e-7, 1e-6, 1, Accuracy.Exact)]
    [TestCase(1e-6, 1e-6, 1, Accuracy.Exact)]
    [TestCase(3e-4, 1e-6, 1, Accuracy.Almost)]
    [TestCase(0.01, 1e-6, 1, Accuracy.Almost)]
    [TestCase(0.02, 1e-6, 1, Accuracy.Wrong)]
    [TestCase(2, 1e-6, 255, Accuracy.Almost)]
    [TestCase(3, 1e-6, 255, Accuracy.Wrong)]
    [TestCase(double.NaN, 1e-6, 1, Accuracy.Wrong)]
    public void Classify_puts_errors_on_the_right_rung(double error, double tolerance, double scale, Accuracy expected) =>
        Assert.That(ToleranceLadder.Classify(error, tolerance, scale), Is.EqualTo(expected));

    [Test]
    public void Describe_uses_the_ladders_words() =>
        Assert.Multiple(() =>
        {
            Assert.That(ToleranceLadder.Describe(Accuracy.Exact, 2e-9, 1e-6), Is.EqualTo("exact (max error 2e-9 ≤ 1e-6)"));
            Assert.That(ToleranceLadder.Describe(Accuracy.Almost, 3e-4, 1e-6), Is.EqualTo("almost — accuracy not enough (max error 3e-4 > 1e-6)"));
            Assert.That(ToleranceLadder.Describe(Accuracy.Wrong, 12.5, 1e-6), Is.EqualTo("wrong (max error 12.5 > 1e-6)"));
        });

    [TestCase(42, "42")]
    [TestCase(-3, "-3")]
    [TestCase(0.25, "0.25")]
    [TestCase(0.0003, "3e-4")]
    [TestCase(1.5e-6, "1.5e-6")]
    [TestCase(12345678.9, "1.23e7")]
    [TestCase(3.14159265, "3.14159")]
    [TestCase(double.NaN, "NaN")]
    [TestCase(double.NegativeInfinity, "-∞")]
    public void Numbers_are_written_compactly(double value, string text) =>
        Assert.That(NumberText.Format(value), Is.EqualTo(text));
}
