using NUnit.Framework;
using System.Globalization;

namespace Labs.Testing;

/// <summary>
/// The numbered task of the lab handout that a test (or every test of a fixture) checks, e.g. task 2, "Correlation".
/// Shown in feedback ("not implemented yet (Filtering.cs, task 2)") and used by the grader to add up points per task.
/// </summary>
/// <example>
/// <code>
/// [TestFixture, LabTask(2, "Correlation")]
/// public sealed class CorrelationTests { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class LabTaskAttribute : PropertyAttribute
{
    /// <summary>The NUnit property name for the task number.</summary>
    public const string NumberProperty = "Task";

    /// <summary>The NUnit property name for the task title.</summary>
    public const string TitleProperty = "TaskTitle";

    /// <summary>Marks the test or fixture as checking task <paramref name="number"/> of the handout.</summary>
    /// <param name="number">The task number as printed in the handout (1, 2, …).</param>
    /// <param name="title">The task's title as printed in the handout.</param>
    public LabTaskAttribute(int number, string title)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Number = number;
        Title = title;
        Properties.Add(NumberProperty, number.ToString(CultureInfo.InvariantCulture));
        Properties.Add(TitleProperty, title);
    }

    /// <summary>The task number.</summary>
    public int Number { get; }

    /// <summary>The task title.</summary>
    public string Title { get; }
}
