namespace Labs.Imaging;

/// <summary>Runs every diagnosis of <see cref="Image.Compare(Image, double)"/> in a fixed order.</summary>
internal static class CommonBugs
{
    /// <summary>
    /// The diagnoses for a comparison that failed. NaN, infinity and border errors are reported whenever present;
    /// of the bugs that explain every pixel, at most one is reported: value bugs (all zero, scale, offset, clipping,
    /// rounding) first, then geometric ones (flip, rotation, transpose, shift).
    /// </summary>
    /// <param name="actual">Your image.</param>
    /// <param name="expected">The expected image.</param>
    /// <param name="tolerance">The largest allowed |actual − expected|.</param>
    /// <param name="mismatchCount">How many values differ by more than the tolerance (0 when the shapes differ).</param>
    /// <param name="maxAbsoluteError">The largest |actual − expected|.</param>
    /// <param name="worst">Index in <see cref="Image.Data"/> of the largest error (any index when there is none).</param>
    internal static List<Diagnosis> Diagnose(Image actual, Image expected, double tolerance, int mismatchCount, double maxAbsoluteError, int worst)
    {
        var found = new List<Diagnosis>();
        if (actual.Shape != expected.Shape)
        {
            Add(found, GeometryDiagnoses.FindTransposedShape(actual, expected, tolerance));
            return found;
        }

        if (mismatchCount == 0)
        {
            return found;
        }

        var pair = new ImagePair(actual, expected, tolerance, worst);
        Add(found, NonFiniteDiagnoses.FindNaN(actual, expected));
        Add(found, NonFiniteDiagnoses.FindInfinity(actual, expected));

        // A value just outside the tolerance is a precision problem, not one of these bugs: only when some value is off
        // by more than twice the tolerance can a transformed image that fits within the tolerance differ from the expected one.
        if (maxAbsoluteError > 2 * tolerance)
        {
            Add(found, FindWholeImageBug(pair));
        }

        Add(found, BorderDiagnosis.Find(pair, mismatchCount));
        return found;
    }

    private static Diagnosis? FindWholeImageBug(ImagePair pair) =>
        ValueDiagnoses.FindAllZero(pair)
        ?? ValueDiagnoses.FindScaleFactor(pair)
        ?? ValueDiagnoses.FindConstantOffset(pair)
        ?? RangeDiagnoses.FindClipped(pair)
        ?? RangeDiagnoses.FindRounded(pair)
        ?? GeometryDiagnoses.Find(pair);

    private static void Add(List<Diagnosis> found, Diagnosis? diagnosis)
    {
        if (diagnosis is not null)
        {
            found.Add(diagnosis);
        }
    }
}
