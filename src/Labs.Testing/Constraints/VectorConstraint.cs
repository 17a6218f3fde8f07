using System.Globalization;
using System.Text;
using Labs.Testing.Feedback;
using NUnit.Framework.Constraints;

namespace Labs.Testing.Constraints;

/// <summary>Checks a 1-D array (a signal, a kernel, a histogram…) value by value, marking the values that differ.</summary>
/// <example><code>Assert.That(Kernels.Gaussian(1.0), Matches.Vector(expected).Within(1e-6));</code></example>
public sealed class VectorConstraint : LabConstraint<VectorConstraint>
{
    /// <summary>Vectors up to this length are printed in full in failure messages.</summary>
    public const int MaxShown = 16;

    private readonly double[] _expected;

    /// <summary>Creates the check; use <see cref="Matches.Vector(IEnumerable{double})"/>.</summary>
    /// <param name="expected">The right values.</param>
    public VectorConstraint(IEnumerable<double> expected)
        : base(expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        _expected = [.. expected];
    }

    /// <inheritdoc />
    public override string Description => $"{_expected.Length} values within {NumberText.Format(AbsoluteTolerance)}";

    /// <inheritdoc />
    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        if (!Numbers.TryConvertVector(actual, out var values))
        {
            return Finish(actual, success: false, $"Expected an array of numbers but got {Numbers.Describe(actual)}.");
        }

        if (values.Length != _expected.Length)
        {
            return Finish(actual, success: false,
                $"Wrong length: expected {_expected.Length} values but got {values.Length}." + Environment.NewLine + SideBySide(values, []));
        }

        var wrong = new List<int>();
        var worst = -1;
        var worstError = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (IsClose(values[i], _expected[i]))
            {
                continue;
            }

            wrong.Add(i);
            var error = double.IsNaN(values[i]) || double.IsNaN(_expected[i]) ? double.PositiveInfinity : Math.Abs(values[i] - _expected[i]);
            if (worst < 0 || error > worstError)
            {
                worst = i;
                worstError = error;
            }
        }

        if (wrong.Count == 0)
        {
            return Finish(actual, success: true, string.Empty);
        }

        var scale = _expected.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        var tolerance = ToleranceFor(_expected[worst]);
        var accuracy = ToleranceLadder.Classify(worstError, tolerance, scale);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{wrong.Count} of {values.Length} values differ: {ToleranceLadder.Describe(accuracy, worstError, tolerance)}.").AppendLine()
            .Append(CultureInfo.InvariantCulture, $"Largest error at index {worst}: expected {NumberText.Format(_expected[worst])}, got {NumberText.Format(values[worst])}.").AppendLine()
            .Append(SideBySide(values, wrong));
        if (accuracy == Accuracy.Almost)
        {
            text.AppendLine().Append(ToleranceLadder.AlmostHint);
        }

        return Finish(actual, success: false, text.ToString());
    }

    private string SideBySide(double[] actual, List<int> wrong)
    {
        if (_expected.Length > MaxShown || actual.Length > MaxShown)
        {
            return $"(Vectors longer than {MaxShown} values are not printed.)";
        }

        var count = Math.Max(_expected.Length, actual.Length);
        var expectedCells = _expected.Select(NumberText.Format).ToArray();
        var actualCells = actual.Select(NumberText.Format).ToArray();
        var widths = Enumerable.Range(0, count)
            .Select(i => Math.Max(i < expectedCells.Length ? expectedCells[i].Length : 0, i < actualCells.Length ? actualCells[i].Length : 0))
            .ToArray();

        string Row(string[] cells) =>
            "[" + string.Join(", ", cells.Select((c, i) => c.PadLeft(widths[i]))) + "]";

        var expectedLine = "Expected: " + Row(expectedCells);
        var actualLine = "Actual:   " + Row(actualCells);
        if (wrong.Count == 0)
        {
            return expectedLine + Environment.NewLine + actualLine;
        }

        var marks = new StringBuilder(new string(' ', "Actual:   [".Length));
        for (var i = 0; i < actualCells.Length; i++)
        {
            marks.Append(wrong.Contains(i) ? new string('^', widths[i]) : new string(' ', widths[i]));
            if (i < actualCells.Length - 1)
            {
                marks.Append("  ");
            }
        }

        return expectedLine + Environment.NewLine + actualLine + Environment.NewLine + marks.ToString().TrimEnd();
    }
}
