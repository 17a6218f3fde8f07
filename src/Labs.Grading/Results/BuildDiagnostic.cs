namespace Labs.Grading.Results;

/// <summary>One compiler message about the student's code, with a path the student recognises.</summary>
/// <param name="File">The file, relative to the student's lab folder, e.g. <c>Lab/Filters.cs</c> (forward slashes).</param>
/// <param name="Line">The 1-based line of the problem (0 when the compiler names no line).</param>
/// <param name="Column">The 1-based column of the problem (0 when the compiler names no column).</param>
/// <param name="Id">The compiler's message id, e.g. <c>CS1002</c>.</param>
/// <param name="Message">The compiler's message text, e.g. "; expected".</param>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Id, string Message)
{
    /// <summary>The message in the compiler's usual one-line form, e.g. <c>Lab/Filters.cs(12,5): error CS1002: ; expected</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}({Line},{Column}): error {Id}: {Message}");
}
