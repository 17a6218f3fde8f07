using System.Globalization;

namespace Labs.Imaging;

/// <summary>
/// Bugs of storing results in a narrower type: clipping to [0, 255] and losing the fraction.
/// Each is claimed only when it explains every value within the tolerance.
/// </summary>
internal static class RangeDiagnoses
{
    private const double ByteMax = 255;

    /// <summary>How one value relates to the value it should be.</summary>
    private enum Fit
    {
        /// <summary>Within the tolerance.</summary>
        Exact,

        /// <summary>A whole number less than 1 away: rounded or cut off.</summary>
        WholeNumber,

        /// <summary>Neither: this diagnosis does not explain the value.</summary>
        None,
    }

    /// <summary>Your image is the expected one clipped to [0, 255] (perhaps also rounded), while the expected one leaves that range; or null.</summary>
    internal static Diagnosis? FindClipped(ImagePair pair)
    {
        double[] a = pair.Actual.Data, e = pair.Expected.Data;
        var tolerance = pair.Tolerance;
        if (FitClipped(a[pair.Worst], e[pair.Worst], tolerance) == Fit.None)
        {
            return null;
        }

        double lowest = double.PositiveInfinity, highest = double.NegativeInfinity;
        var rounded = false;
        for (var i = 0; i < a.Length; i++)
        {
            var fit = FitClipped(a[i], e[i], tolerance);
            if (fit == Fit.None)
            {
                return null;
            }

            rounded |= fit == Fit.WholeNumber;
            if (!double.IsNaN(e[i]))
            {
                lowest = Math.Min(lowest, e[i]);
                highest = Math.Max(highest, e[i]);
            }
        }

        if (!(lowest < -tolerance || highest > ByteMax + tolerance))
        {
            return null;
        }

        var range = string.Create(
            CultureInfo.InvariantCulture,
            $"the expected values range from {ComparisonText.Number(lowest)} to {ComparisonText.Number(highest)}");
        const string Advice = "Keep the full range in your intermediate results and convert to 8 bits only at the very end (e.g. when saving).";
        var message = rounded
            ? $"Your image looks clipped to [0, 255] and rounded to whole numbers, as if converted to bytes, but {range}. {Advice}"
            : $"Your image looks clipped to [0, 255]: {range}, but yours stop at 0 and 255. {Advice}";
        return new Diagnosis(DiagnosisKind.ClippedTo8BitRange, message);
    }

    /// <summary>Every wrong value is the expected one without its fraction (rounded or cut off), or null.</summary>
    internal static Diagnosis? FindRounded(ImagePair pair)
    {
        double[] a = pair.Actual.Data, e = pair.Expected.Data;
        var tolerance = pair.Tolerance;
        if (FitRounded(a[pair.Worst], e[pair.Worst], tolerance) == Fit.None)
        {
            return null;
        }

        bool allCutOff = true, allNearest = true;
        var example = -1;
        for (var i = 0; i < a.Length; i++)
        {
            double av = a[i], ev = e[i];
            var fit = FitRounded(av, ev, tolerance);
            if (fit == Fit.None)
            {
                return null;
            }

            if (fit == Fit.WholeNumber)
            {
                example = example < 0 ? i : example;
                allCutOff &= Math.Abs(av - Math.Truncate(ev)) <= tolerance;
                allNearest &= Math.Abs(av - ev) <= 0.5 + tolerance;
            }
        }

        if (example < 0)
        {
            return null;
        }

        var position = PixelPosition.At(pair.Expected, pair.Actual, example);
        var instance = string.Create(
            CultureInfo.InvariantCulture,
            $"(at {ComparisonText.Position(position, pair.Actual.Channels)} {ComparisonText.Number(position.Expected)} became {ComparisonText.Number(position.Actual)})");
        var message = (allCutOff, allNearest) switch
        {
            (true, false) => $"Your values are the expected ones with the fraction cut off {instance}: did you use integer division (an int sum divided by 9), or store the result in an int or a byte? Keep it a double.",
            (false, true) => $"Your values are the expected ones rounded to whole numbers {instance}: did you store the result in an int or a byte, or round too early? Keep it a double until the very end.",
            _ => $"Your values are the expected ones turned into whole numbers {instance}: did you use integer division, or store the result in an int or a byte? Keep it a double until the very end.",
        };
        return new Diagnosis(DiagnosisKind.RoundedToWholeNumbers, message);
    }

    private static Fit FitClipped(double actual, double expected, double tolerance)
    {
        if (double.IsNaN(expected))
        {
            return double.IsNaN(actual) ? Fit.Exact : Fit.None;
        }

        var clipped = Math.Clamp(expected, 0, ByteMax);
        return PixelMatch.Fits(actual, clipped, tolerance) ? Fit.Exact
            : PixelMatch.IsWholeNumberNear(actual, clipped, tolerance) ? Fit.WholeNumber
            : Fit.None;
    }

    private static Fit FitRounded(double actual, double expected, double tolerance) =>
        PixelMatch.Fits(actual, expected, tolerance) ? Fit.Exact
        : double.IsFinite(expected) && PixelMatch.IsWholeNumberNear(actual, expected, tolerance) ? Fit.WholeNumber
        : Fit.None;
}
