using Labs.Testing.Feedback;
using NUnit.Framework.Constraints;

namespace Labs.Testing.Constraints;

/// <summary>Checks one number against the expected value, with a tolerance and a verdict on the tolerance ladder.</summary>
/// <example><code>Assert.That(Stats.Mean(image), Matches.Value(127.5).Within(1e-6));</code></example>
public sealed class ValueConstraint : LabConstraint<ValueConstraint>
{
    private readonly double _expected;

    /// <summary>Creates the check; use <see cref="Matches.Value(double)"/>.</summary>
    /// <param name="expected">The right value.</param>
    public ValueConstraint(double expected)
        : base(expected)
    {
        _expected = expected;
    }

    /// <inheritdoc />
    public override string Description => $"{NumberText.Format(_expected)} within {NumberText.Format(ToleranceFor(_expected))}";

    /// <inheritdoc />
    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        if (!Numbers.TryConvert(actual, out var value))
        {
            return Finish(actual, success: false, $"Expected a number but got {Numbers.Describe(actual)}.");
        }

        if (IsClose(value, _expected))
        {
            return Finish(actual, success: true, string.Empty);
        }

        var error = Math.Abs(value - _expected);
        var accuracy = double.IsNaN(value) ? Accuracy.Wrong : ToleranceLadder.Classify(error, ToleranceFor(_expected), Math.Abs(_expected));
        var text = $"The value is {ToleranceLadder.Describe(accuracy, error, ToleranceFor(_expected))}." + Environment.NewLine
            + $"Expected: {NumberText.Format(_expected)}" + Environment.NewLine
            + $"But was:  {NumberText.Format(value)}";
        if (double.IsNaN(value))
        {
            text += Environment.NewLine + "NaN means 'not a number': usually 0/0, e.g. dividing by a standard deviation or a sum that is zero.";
        }
        else if (accuracy == Accuracy.Almost)
        {
            text += Environment.NewLine + ToleranceLadder.AlmostHint;
        }

        return Finish(actual, success: false, text);
    }
}
