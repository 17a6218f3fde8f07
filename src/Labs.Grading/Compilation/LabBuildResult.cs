namespace Labs.Grading.Compilation;

/// <summary>
/// The outcome of compiling one submission: the lab assembly (and its symbols, so that stack traces show file and line)
/// or the compiler's errors with paths inside the lab folder.
/// </summary>
/// <param name="Succeeded">True when the lab assembly was written.</param>
/// <param name="AssemblyPath">The full path of the compiled lab assembly (e.g. <c>…/Lab.dll</c>), or null when compilation failed.</param>
/// <param name="SymbolsPath">The full path of its portable PDB (e.g. <c>…/Lab.pdb</c>), or null when compilation failed.</param>
/// <param name="Errors">The errors, at most <see cref="LabCompilerOptions.MaxMessages"/>; empty when compilation succeeded.</param>
/// <param name="Warnings">Warnings about the student's own files, at most <see cref="LabCompilerOptions.MaxMessages"/>.</param>
/// <param name="Notes">Explanations for the student beyond the compiler's words, e.g. why the test framework cannot be used.</param>
/// <param name="Elapsed">How long compiling took.</param>
public sealed record LabBuildResult(
    bool Succeeded,
    string? AssemblyPath,
    string? SymbolsPath,
    IReadOnlyList<CompilerMessage> Errors,
    IReadOnlyList<CompilerMessage> Warnings,
    IReadOnlyList<string> Notes,
    TimeSpan Elapsed)
{
    /// <summary>The feedback for the student: a first line saying whether the code compiled, then the errors, warnings and notes, one per line.</summary>
    /// <returns>Plain text, lines separated by <c>\n</c>.</returns>
    public string ToFeedbackText()
    {
        var lines = new List<string> { Succeeded ? "Your code compiled." : "Your code did not compile, so none of the tests could run:" };
        lines.AddRange(Errors.Select(e => e.ToString()));
        lines.AddRange(Warnings.Select(w => w.ToString()));
        lines.AddRange(Notes);
        return string.Join('\n', lines);
    }
}
