using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal.Commands;

namespace Labs.Testing;

/// <summary>
/// Gives an ungraded test the same student-friendly failure text as a test with <see cref="PointsAttribute"/>:
/// an unimplemented stub reads as a to-do, and an exception shows the student's own line first.
/// </summary>
/// <example><code>[Test, Feedback] public void Impulse_response_is_the_kernel() { ... }</code></example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class FeedbackAttribute : NUnitAttribute, IWrapTestMethod
{
    /// <inheritdoc />
    public TestCommand Wrap(TestCommand command) => new Feedback.StudentFeedbackCommand(command);
}
