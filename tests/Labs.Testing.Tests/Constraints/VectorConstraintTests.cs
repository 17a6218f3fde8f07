using Labs.Testing.Constraints;

namespace Labs.Testing.Tests.Constraints;

public sealed class VectorConstraintTests
{
    [Test]
    public void Equal_vectors_pass() =>
        Assert.That(FailureText.Passes(Matches.Vector([0.25, 0.5, 0.25]), new[] { 0.25, 0.5, 0.25 }), Is.True);

    [Test]
    public void Differing_values_are_counted_located_and_marked() =>
        Assert.That(FailureText.Of(Matches.Vector([1, 2, 3, 4, 5]).Within(1e-6), new double[] { 1, 2, 5, 4, 6 }), Is.EqualTo(
            "2 of 5 values differ: wrong (max error 2 > 1e-6).\n" +
            "Largest error at index 2: expected 3, got 5.\n" +
            "Expected: [1, 2, 3, 4, 5]\n" +
            "Actual:   [1, 2, 5, 4, 6]\n" +
            "                 ^     ^"));

    [Test]
    public void Wrong_length_shows_both_vectors() =>
        Assert.That(FailureText.Of(Matches.Vector([1, 2, 3]), new double[] { 1, 2 }), Is.EqualTo(
            "Wrong length: expected 3 values but got 2.\nExpected: [1, 2, 3]\nActual:   [1, 2]"));

    [Test]
    public void Long_vectors_are_not_printed() =>
        Assert.That(FailureText.Of(Matches.Vector(new double[20]), new double[19]),
            Does.EndWith($"(Vectors longer than {VectorConstraint.MaxShown} values are not printed.)"));

    [Test]
    public void NaN_matches_NaN_but_not_a_number() =>
        Assert.Multiple(() =>
        {
            Assert.That(FailureText.Passes(Matches.Vector([double.NaN, 1]), new[] { double.NaN, 1.0 }), Is.True);
            Assert.That(FailureText.Passes(Matches.Vector([0.0, 1]), new[] { double.NaN, 1.0 }), Is.False);
        });
}
