using NUnit.Framework;

namespace Labs.Testing;

/// <summary>
/// The grading criterion a test checks, in words a student understands, e.g.
/// "The output has the same size as the input and uses the mirror boundary condition."
/// Kept in grade reports next to the points.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CriterionAttribute : PropertyAttribute
{
    /// <summary>The NUnit property name for the criterion.</summary>
    public const string PropertyName = "Criterion";

    /// <summary>Records the grading criterion of a test.</summary>
    /// <param name="text">The criterion, one or two sentences (Markdown allowed).</param>
    public CriterionAttribute(string text)
        : base(PropertyName, text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
    }

    /// <summary>The criterion text.</summary>
    public string Text { get; }
}
