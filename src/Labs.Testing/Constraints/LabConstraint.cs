using Labs.Testing.Feedback;
using NUnit.Framework.Constraints;

namespace Labs.Testing.Constraints;

/// <summary>
/// Common part of the Labs constraints: tolerances and the instructor's 'correct' and 'wrong' messages.
/// </summary>
/// <typeparam name="TSelf">The concrete constraint, so that the fluent methods keep its type.</typeparam>
public abstract class LabConstraint<TSelf> : Constraint
    where TSelf : LabConstraint<TSelf>
{
    /// <summary>Passes the expected value on to NUnit, which shows it in its own descriptions.</summary>
    /// <param name="expected">The expected value.</param>
    protected LabConstraint(object? expected)
        : base(expected)
    {
    }

    /// <summary>The absolute tolerance used when none is given: results must agree to about nine decimal places.</summary>
    public const double DefaultTolerance = 1e-9;

    /// <summary>The largest absolute error accepted for each value.</summary>
    public double AbsoluteTolerance { get; private set; } = DefaultTolerance;

    /// <summary>The largest error accepted relative to each expected value (0 = none), added to <see cref="AbsoluteTolerance"/>.</summary>
    public double RelativeTolerance { get; private set; }

    /// <summary>The instructor's message shown when the check passes, if any.</summary>
    public string? CorrectMessage { get; private set; }

    /// <summary>The instructor's message shown when the check fails, if any.</summary>
    public string? WrongMessage { get; private set; }

    /// <summary>Accepts every value within <paramref name="tolerance"/> of the expected one.</summary>
    /// <param name="tolerance">The largest absolute error accepted, e.g. <c>1e-6</c>.</param>
    public TSelf Within(double tolerance)
    {
        if (!(tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "A tolerance must be zero or more.");
        }

        AbsoluteTolerance = tolerance;
        return (TSelf)this;
    }

    /// <summary>Also accepts an error up to <paramref name="fraction"/> × |expected| for each value (like numpy.isclose's rtol).</summary>
    /// <param name="fraction">The relative error accepted, e.g. <c>1e-3</c> for 0.1 %.</param>
    public TSelf WithinRelative(double fraction)
    {
        if (!(fraction >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A relative tolerance must be zero or more.");
        }

        RelativeTolerance = fraction;
        return (TSelf)this;
    }

    /// <summary>A message shown (and kept for the grade report) when the check passes, e.g. the derivation of the right value.</summary>
    /// <param name="markdown">The message, in Markdown; inline math such as <c>$\sigma^2$</c> is allowed.</param>
    public TSelf WhenCorrect(string markdown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(markdown);
        CorrectMessage = markdown;
        return (TSelf)this;
    }

    /// <summary>A message shown (and kept for the grade report) when the check fails, e.g. a hint about the usual mistake.</summary>
    /// <param name="markdown">The message, in Markdown; inline math such as <c>$\sigma^2$</c> is allowed.</param>
    public TSelf WhenWrong(string markdown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(markdown);
        WrongMessage = markdown;
        return (TSelf)this;
    }

    /// <summary>The tolerance for one expected value.</summary>
    protected double ToleranceFor(double expected) => AbsoluteTolerance + (RelativeTolerance * Math.Abs(expected));

    /// <summary>True when <paramref name="actual"/> is within tolerance of <paramref name="expected"/> (NaN matches NaN, ∞ matches the same ∞).</summary>
    protected bool IsClose(double actual, double expected) =>
        actual.Equals(expected) || Math.Abs(actual - expected) <= ToleranceFor(expected);

    /// <summary>Builds the result, adding the instructor's message and recording it for grade reports.</summary>
    /// <param name="actual">The value that was checked.</param>
    /// <param name="success">Whether the check passed.</param>
    /// <param name="failureText">The diagnosis shown when it failed.</param>
    /// <param name="trailer">A last line shown after the instructor's message, e.g. the link to the visual report.</param>
    protected ConstraintResult Finish(object? actual, bool success, string failureText, string? trailer = null)
    {
        if (success && CorrectMessage is not null)
        {
            FeedbackLog.Record(passed: true, CorrectMessage);
        }

        if (!success && WrongMessage is not null)
        {
            FeedbackLog.Record(passed: false, WrongMessage);
            failureText += Environment.NewLine + Environment.NewLine + WrongMessage;
        }

        if (!success && trailer is not null)
        {
            failureText += Environment.NewLine + Environment.NewLine + trailer;
        }

        return new LabConstraintResult(this, actual, success, failureText);
    }
}
