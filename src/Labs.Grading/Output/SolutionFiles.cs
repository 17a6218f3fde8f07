using Labs.Grading.Labs;
using Labs.Grading.Submissions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Labs.Grading.Output;

/// <summary>
/// The reference solution as students would read it: the lab's own copy of every file a submission is made of, with
/// each <c>#if SOLUTION … #else … #endif</c> block replaced by its solution branch (the stub and the directives gone).
/// Appended to the feedback when <c>grading.json</c> says <c>"appendSolutions": true</c>.
/// </summary>
/// <example>
/// <code>
/// var options = new OutputOptions { Solutions = SolutionFiles.Read(LabDefinition.Load("templates/filtering")) };
/// </code>
/// </example>
public static class SolutionFiles
{
    /// <summary>The symbol that marks solution code in a lab's sources.</summary>
    public const string Symbol = "SOLUTION";

    /// <summary>Reads the solution files of <paramref name="lab"/>: its student files (the submission globs), solution revealed.</summary>
    /// <param name="lab">The lab, as the instructor keeps it (with its solutions in place).</param>
    /// <returns>One file per student file, in path order; a file without solution blocks is included as it is.</returns>
    public static IReadOnlyList<SolutionFile> Read(LabDefinition lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        return [.. SubmissionIntake.For(lab).StudentFilePaths
            .Where(path => path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => new SolutionFile(path, Reveal(File.ReadAllText(Path.Combine(lab.Root, path)))))];
    }

    /// <summary>
    /// Keeps the solution branch of every <c>#if SOLUTION</c> block (and drops the body of every <c>#if !SOLUTION</c>),
    /// removing those directives; other directives and their code are kept as written.
    /// </summary>
    /// <param name="source">A C# source file of the lab.</param>
    /// <returns>The file as it reads with the solution in place.</returns>
    public static string Reveal(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(preprocessorSymbols: [Symbol]));
        var text = tree.GetText();
        var dropped = new HashSet<int>();

        // One entry per open #if: whether it tests SOLUTION, and whether its current branch is the one compiled with it.
        var open = new Stack<(bool Solution, bool Taken)>();
        foreach (var trivia in tree.GetRoot().DescendantTrivia())
        {
            switch (trivia.GetStructure())
            {
                case IfDirectiveTriviaSyntax directive:
                    var solution = Mentions(directive.Condition);
                    Drop(trivia, solution || InDroppedBranch(open));
                    open.Push((solution, directive.BranchTaken));
                    continue;
                case BranchingDirectiveTriviaSyntax directive when open.Count > 0: // #elif, #else
                    var chain = open.Pop();
                    Drop(trivia, chain.Solution || InDroppedBranch(open));
                    open.Push((chain.Solution, directive.BranchTaken));
                    continue;
                case EndIfDirectiveTriviaSyntax when open.Count > 0:
                    var closed = open.Pop();
                    Drop(trivia, closed.Solution || InDroppedBranch(open));
                    continue;
                case DirectiveTriviaSyntax: // #region, #pragma, #nullable…
                    Drop(trivia, InDroppedBranch(open));
                    continue;
            }

            if (trivia.IsKind(SyntaxKind.DisabledTextTrivia))
            {
                Drop(trivia, InDroppedBranch(open));
            }
        }

        return string.Concat(text.Lines.Where(line => !dropped.Contains(line.LineNumber)).Select(line => text.ToString(line.SpanIncludingLineBreak)));

        void Drop(SyntaxTrivia trivia, bool drop)
        {
            if (!drop || trivia.Span.IsEmpty)
            {
                return;
            }

            var first = text.Lines.GetLineFromPosition(trivia.Span.Start).LineNumber;
            var last = text.Lines.GetLineFromPosition(trivia.Span.End - 1).LineNumber;
            for (var line = first; line <= last; line++)
            {
                dropped.Add(line);
            }
        }
    }

    /// <summary>True inside the branch of a SOLUTION block that is not compiled with SOLUTION (the stub).</summary>
    private static bool InDroppedBranch(Stack<(bool Solution, bool Taken)> open) => open.Any(o => o.Solution && !o.Taken);

    private static bool Mentions(ExpressionSyntax condition) =>
        condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == Symbol);
}
