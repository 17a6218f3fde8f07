using System.Globalization;

namespace Labs.Grading.Compilation;

/// <summary>One message of the compiler about a student's code, with the path inside the lab folder.</summary>
/// <param name="Path">The file inside the lab folder with <c>/</c> between folders, e.g. <c>Lab/Filtering.cs</c>; empty when the message is about no file.</param>
/// <param name="Line">The line, counting from 1 (0 when the message is about no file).</param>
/// <param name="Column">The column, counting from 1 (0 when the message is about no file).</param>
/// <param name="Code">The compiler's code for the message, e.g. <c>CS0103</c>, or <c>LAB…</c> for the grader's own checks.</param>
/// <param name="Severity">Whether it stopped the compilation.</param>
/// <param name="Text">The message itself, e.g. "The name 'x' does not exist in the current context".</param>
/// <example>
/// <code>new CompilerMessage("Lab/Filtering.cs", 12, 5, "CS0103", CompilerMessageSeverity.Error, "The name 'x' does not exist in the current context").ToString();
/// // Lab/Filtering.cs(12,5): error CS0103: The name 'x' does not exist in the current context</code>
/// </example>
public sealed record CompilerMessage(string Path, int Line, int Column, string Code, CompilerMessageSeverity Severity, string Text)
{
    /// <summary>The message as a compiler prints it: <c>Lab/Filtering.cs(12,5): error CS0103: …</c>.</summary>
    /// <returns>One line of text.</returns>
    public override string ToString()
    {
        var severity = Severity == CompilerMessageSeverity.Error ? "error" : "warning";
        return Path.Length == 0
            ? $"{severity} {Code}: {Text}"
            : string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): {severity} {Code}: {Text}");
    }
}
