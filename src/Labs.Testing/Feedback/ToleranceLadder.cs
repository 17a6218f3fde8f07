namespace Labs.Testing.Feedback;

/// <summary>
/// Sorts a numeric result into "exact", "almost — accuracy not enough" or "wrong", so that a student who is
/// nearly there is told so instead of being told they are wrong.
/// </summary>
public static class ToleranceLadder
{
    /// <summary>A result is <see cref="Accuracy.Almost"/> when its largest error is at most this fraction (1 %) of the expected values' size.</summary>
    public const double AlmostFraction = 0.01;

    /// <summary>Classifies a result from its largest error.</summary>
    /// <param name="maxError">The largest absolute error over all values (NaN counts as wrong).</param>
    /// <param name="tolerance">The largest error still accepted as exact.</param>
    /// <param name="scale">The size of the expected values, e.g. the largest absolute expected value.</param>
    public static Accuracy Classify(double maxError, double tolerance, double scale)
    {
        if (maxError <= tolerance)
        {
            return Accuracy.Exact;
        }

        if (double.IsNaN(maxError) || double.IsInfinity(maxError))
        {
            return Accuracy.Wrong;
        }

        var size = double.IsFinite(scale) && scale > 0 ? scale : 1;
        return maxError <= AlmostFraction * size ? Accuracy.Almost : Accuracy.Wrong;
    }

    /// <summary>
    /// The one-line verdict, e.g. <c>almost — accuracy not enough (max error 3e-4 &gt; 1e-6)</c>.
    /// </summary>
    /// <param name="accuracy">The rung reached.</param>
    /// <param name="maxError">The largest absolute error.</param>
    /// <param name="tolerance">The tolerance that was asked for.</param>
    public static string Describe(Accuracy accuracy, double maxError, double tolerance)
    {
        var error = NumberText.Format(maxError);
        var limit = NumberText.Format(tolerance);
        return accuracy switch
        {
            Accuracy.Exact => $"exact (max error {error} ≤ {limit})",
            Accuracy.Almost => $"almost — accuracy not enough (max error {error} > {limit})",
            _ => $"wrong (max error {error} > {limit})",
        };
    }

    /// <summary>A hint for a near miss, shown under the verdict.</summary>
    public const string AlmostHint =
        "You are close: the method looks right but the numbers are not accurate enough. " +
        "Look for rounding or converting to integers too early, float instead of double, or an approximate constant (3.14 for π).";
}
