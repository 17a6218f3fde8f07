using System.Globalization;

namespace Labs.Imaging;

/// <summary>
/// Bugs that change every value the same way: all zero, a scale factor, a constant offset.
/// Each is claimed only when it explains every value within the tolerance.
/// </summary>
internal static class ValueDiagnoses
{
    /// <summary>Your image is 0 everywhere (within the tolerance), or null.</summary>
    internal static Diagnosis? FindAllZero(ImagePair pair)
    {
        var a = pair.Actual.Data;
        if (!(Math.Abs(a[pair.Worst]) <= pair.Tolerance))
        {
            return null;
        }

        foreach (var value in a)
        {
            if (!(Math.Abs(value) <= pair.Tolerance))
            {
                return null;
            }
        }

        return new Diagnosis(
            DiagnosisKind.AllZero,
            "Every pixel of your image is 0: did you forget to write your results into the output image, or return a new, empty image instead of the result?");
    }

    /// <summary>One factor k ≠ 1 with |actual − k·expected| ≤ tolerance for every value, or null.</summary>
    /// <remarks>
    /// Every value with expected e ≠ 0 allows k only in [(a − tol) / e, (a + tol) / e]; the factor exists when these
    /// intervals overlap. A round candidate (3, 1/3, −1, …) is preferred, then the least-squares estimate;
    /// the candidate is then checked on every value, so a factor that fits only some pixels is never claimed.
    /// </remarks>
    internal static Diagnosis? FindScaleFactor(ImagePair pair)
    {
        double[] a = pair.Actual.Data, e = pair.Expected.Data;
        var tolerance = pair.Tolerance;
        double low = double.NegativeInfinity, high = double.PositiveInfinity, sumAe = 0, sumEe = 0;
        var informative = 0;

        // Step −1 handles the worst value first: its interval rejects most wrong guesses at once. It is skipped later.
        for (var step = -1; step < a.Length; step++)
        {
            var i = step < 0 ? pair.Worst : step;
            if (step == pair.Worst)
            {
                continue;
            }

            double av = a[i], ev = e[i];
            if (!double.IsFinite(av) || !double.IsFinite(ev))
            {
                if (PixelMatch.Fits(av, ev, 0))
                {
                    // Both NaN, or the same infinity: only a positive factor keeps an infinity.
                    low = double.IsNaN(av) ? low : Math.Max(low, double.Epsilon);
                    continue;
                }

                return null;
            }

            if (ev == 0)
            {
                if (Math.Abs(av) > tolerance)
                {
                    return null;
                }

                continue;
            }

            var (from, to) = ev > 0 ? ((av - tolerance) / ev, (av + tolerance) / ev) : ((av + tolerance) / ev, (av - tolerance) / ev);
            low = Math.Max(low, from);
            high = Math.Min(high, to);
            if (low > high + (1e-12 * Math.Abs(high)))
            {
                return null;
            }

            sumAe += av * ev;
            sumEe += ev * ev;
            informative++;
        }

        // Any single value is some factor times its expected value: at least two non-zero expected values must agree.
        // A factor of 0 (all zero) or 1 (already equal) is no scale bug.
        if (informative < 2 || (low <= 0 && high >= 0) || (low <= 1 && high >= 1))
        {
            return null;
        }

        var leastSquares = sumAe / sumEe;
        var round = Math.Abs(leastSquares) >= 1 ? Math.Round(leastSquares) : 1 / Math.Round(1 / leastSquares);
        foreach (var k in new[] { round, Math.Clamp(leastSquares, low, Math.Max(low, high)) })
        {
            if (k != 0 && double.IsFinite(k) && Explains(pair, k, 0))
            {
                return new Diagnosis(DiagnosisKind.ScaleFactor, ScaleMessage(k)) { Value = k };
            }
        }

        return null;
    }

    /// <summary>One constant c ≠ 0 with |actual − (expected + c)| ≤ tolerance for every value, or null.</summary>
    internal static Diagnosis? FindConstantOffset(ImagePair pair)
    {
        double[] a = pair.Actual.Data, e = pair.Expected.Data;
        var worstDifference = a[pair.Worst] - e[pair.Worst];
        if (double.IsNaN(worstDifference))
        {
            return null; // the worst value is wrong, so not NaN on both sides: NaN against a number, or ∞ − ∞
        }

        double smallest = worstDifference, largest = worstDifference;
        var informative = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var difference = a[i] - e[i];
            if (double.IsNaN(difference))
            {
                if (PixelMatch.Fits(a[i], e[i], 0))
                {
                    continue;
                }

                return null;
            }

            informative++;
            smallest = Math.Min(smallest, difference);
            largest = Math.Max(largest, difference);
            if (largest - smallest > 2 * pair.Tolerance * (1 + 1e-12))
            {
                return null;
            }
        }

        // Any single value is its expected value plus some constant: at least two values must agree.
        var middle = (smallest + largest) / 2;
        if (informative < 2 || !double.IsFinite(middle) || Math.Abs(middle) <= pair.Tolerance)
        {
            return null;
        }

        foreach (var c in new[] { Math.Round(middle), middle })
        {
            if (Explains(pair, 1, c))
            {
                return new Diagnosis(DiagnosisKind.ConstantOffset, OffsetMessage(c)) { Value = c };
            }
        }

        return null;
    }

    /// <summary>True when every actual value is within the tolerance of <paramref name="factor"/> × expected + <paramref name="offset"/>.</summary>
    private static bool Explains(ImagePair pair, double factor, double offset)
    {
        double[] a = pair.Actual.Data, e = pair.Expected.Data;
        var tolerance = pair.Tolerance;
        if (!PixelMatch.Fits(a[pair.Worst], (factor * e[pair.Worst]) + offset, tolerance))
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!PixelMatch.Fits(a[i], (factor * e[i]) + offset, tolerance))
            {
                return false;
            }
        }

        return true;
    }

    private static string ScaleMessage(double k)
    {
        var magnitude = Math.Abs(k);
        var larger = magnitude > 1;
        var times = ComparisonText.Factor(larger ? magnitude : 1 / magnitude);
        var size = larger ? "large" : "small";
        if (k > 0)
        {
            return larger
                ? $"Every pixel is {times} times too large: did you forget to normalize by a factor of {times}?"
                : $"Every pixel is {times} times too small: did you divide by {times} once too often, or forget to multiply by {times}?";
        }

        const string SignHint = "with an antisymmetric kernel such as a derivative, this is correlation versus convolution (the kernel used without flipping it, or flipped when it should not be); otherwise check the order of a subtraction";
        return times == "1"
            ? $"Every pixel has the wrong sign (your image is -1 × the expected one): {SignHint}."
            : $"Every pixel has the wrong sign and is {times} times too {size} (your image is {ComparisonText.Factor(k)} × the expected one): {SignHint}, then check your normalization.";
    }

    private static string OffsetMessage(double c)
    {
        var amount = ComparisonText.Number(Math.Abs(c));
        return c > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Every pixel is {amount} too large: your image is the expected one plus {amount}. Did you add a constant (such as 128 for display) or forget to subtract one (such as the mean)?")
            : string.Create(CultureInfo.InvariantCulture, $"Every pixel is {amount} too small: your image is the expected one minus {amount}. Did you subtract a constant (such as the mean) or forget to add one (such as 128 for display)?");
    }
}
