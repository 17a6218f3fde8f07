using Labs.Testing.Constraints;
using Imaging = Labs.Imaging;

namespace Labs.Testing;

/// <summary>
/// Checks for lab results with feedback that teaches: what is wrong, by how much, where, and the likely bug.
/// Use them with NUnit's <c>Assert.That</c>.
/// </summary>
/// <example>
/// <code>
/// Assert.That(mean, Matches.Value(127.5).Within(1e-6));
/// Assert.That(kernel, Matches.Vector([0.25, 0.5, 0.25]).Within(1e-12)
///     .WhenWrong("The weights of a smoothing kernel add up to 1."));
/// </code>
/// </example>
public static class Matches
{
    /// <summary>A number equal to <paramref name="expected"/>, within the tolerance set by <c>.Within(…)</c>.</summary>
    /// <param name="expected">The right value.</param>
    public static ValueConstraint Value(double expected) => new(expected);

    /// <summary>A 1-D array equal to <paramref name="expected"/> value by value, within the tolerance set by <c>.Within(…)</c>.</summary>
    /// <param name="expected">The right values.</param>
    public static VectorConstraint Vector(IEnumerable<double> expected) => new(expected);

    /// <summary>An image equal to <paramref name="expected"/> pixel by pixel, within the tolerance set by <c>.Within(…)</c>; failures name the likely bug.</summary>
    /// <param name="expected">The right image.</param>
    public static ImageConstraint Image(Imaging.Image expected) => new(expected);

    /// <summary>A 2-D array (indexed <c>[row, column]</c>) equal to <paramref name="expected"/>, checked like an image.</summary>
    /// <param name="expected">The right values.</param>
    public static ImageConstraint Array(double[,] expected) => new(Imaging.Image.FromArray(expected));
}
