using AdversarialLab;
using Labs.Imaging;
using Labs.Testing;

namespace AdversarialLab.Checks;

/// <summary>Honest tests in a fixture that runs after every attack.</summary>
[TestFixture]
[LabTask(3, "Honest work")]
public sealed class TrailingTests
{
    private const double Tolerance = 1e-12;

    [Test, Points(2), Criterion("The mean of 1, 2, 3, 4 is 2.5.")]
    public void Mean_of_a_small_image() =>
        // (1 + 2 + 3 + 4) / 4 = 2.5
        Assert.That(Honest.Mean(Image.FromRows([1, 2], [3, 4])), Matches.Value(2.5).Within(Tolerance));

    [TestCase(2.0, 4.0)]
    [TestCase(-3.0, 9.0)]
    [Points(0.5)]
    public void Square_cases(double x, double expected) => Assert.That(Honest.Square(x), Matches.Value(expected).Within(Tolerance));
}
