using NUnit.Framework.Constraints;

namespace Labs.Testing.Constraints;

/// <summary>The outcome of a Labs constraint: on failure, NUnit shows the prepared feedback text instead of "Expected … But was …".</summary>
internal sealed class LabConstraintResult(IConstraint constraint, object? actual, bool success, string failureText)
    : ConstraintResult(constraint, actual, success)
{
    /// <summary>The full feedback text shown when the check failed.</summary>
    public string FailureText { get; } = failureText;

    public override void WriteMessageTo(MessageWriter writer) => writer.Write(FailureText);
}
