using System.Globalization;
using Labs.Testing.Feedback;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal.Commands;

namespace Labs.Testing;

/// <summary>
/// How many points a test is worth when the lab is graded. The test also gets student-friendly feedback:
/// an unimplemented stub reads as a to-do and an exception in the student's code points at the student's own line.
/// </summary>
/// <remarks>
/// The points are stored as the NUnit property <c>Points</c>, written as an invariant-culture string
/// (<c>"2"</c>, <c>"0.5"</c>), so that <c>dotnet test --filter Points=2</c> works.
/// </remarks>
/// <example>
/// <code>
/// [Test, Points(2), LabTask(3, "Separable filtering")]
/// public void Separable_filter_matches_the_2D_filter() { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PointsAttribute : PropertyAttribute, IWrapTestMethod
{
    /// <summary>The NUnit property name under which the points are stored.</summary>
    public const string PropertyName = "Points";

    /// <summary>Gives the test <paramref name="points"/> points.</summary>
    /// <param name="points">The points a student earns when this test passes; zero or more.</param>
    public PointsAttribute(double points)
        : base(PropertyName, Format(points))
    {
        Points = points;
    }

    /// <summary>The points this test is worth.</summary>
    public double Points { get; }

    /// <inheritdoc />
    public TestCommand Wrap(TestCommand command) => new StudentFeedbackCommand(command);

    private static string Format(double points)
    {
        if (!double.IsFinite(points) || points < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "Points must be a finite number, zero or more.");
        }

        return points.ToString(CultureInfo.InvariantCulture);
    }
}
