using NUnit.Framework.Internal;
using NUnit.Framework.Constraints;

namespace Labs.Testing.Tests.Constraints;

/// <summary>Applies a constraint without failing the current test and returns what NUnit would print.</summary>
internal static class FailureText
{
    public static string Of<T>(IConstraint constraint, T actual)
    {
        var result = constraint.ApplyTo(actual);
        Assert.That(result.IsSuccess, Is.False, "The check was expected to fail.");
        var writer = new TextMessageWriter();
        result.WriteMessageTo(writer);
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static bool Passes<T>(IConstraint constraint, T actual) => constraint.ApplyTo(actual).IsSuccess;
}
