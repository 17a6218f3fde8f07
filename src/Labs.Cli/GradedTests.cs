using Labs.Grading.Execution;

namespace Labs.Cli;

/// <summary>The tests every submission of a lab is graded with: the hidden tests first, then the lab's visible tests.</summary>
/// <param name="HiddenTestAssembly">The compiled hidden tests.</param>
/// <param name="VisibleTestAssemblies">The compiled visible tests of the pristine lab.</param>
/// <param name="Expected">Every test expected to report, hidden and visible, with its points and task.</param>
internal sealed record GradedTests(string HiddenTestAssembly, IReadOnlyList<string> VisibleTestAssemblies, IReadOnlyList<ExpectedTest> Expected);
