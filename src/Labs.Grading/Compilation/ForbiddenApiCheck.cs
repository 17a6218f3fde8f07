using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Labs.Grading.Compilation;

/// <summary>Finds uses of forbidden names in the student's files, by what each name means to the compiler (not by its spelling).</summary>
internal sealed class ForbiddenApiCheck(IEnumerable<string> forbidden)
{
    public const string Code = "LAB002";

    private readonly string[] _forbidden = [.. forbidden.Distinct(StringComparer.Ordinal)];

    public IEnumerable<CompilerMessage> Find(CSharpCompilation compilation, IEnumerable<SyntaxTree> studentTrees, CancellationToken cancellationToken)
    {
        foreach (var tree in studentTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var reported = new HashSet<(int Line, string Rule)>();
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not (SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax) || node.Ancestors().Any(a => a is UsingDirectiveSyntax))
                {
                    continue;
                }

                var info = model.GetSymbolInfo(node, cancellationToken);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                if (symbol is null or INamespaceSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol)
                {
                    continue;
                }

                var name = FullName(symbol);
                var rule = _forbidden.FirstOrDefault(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal));
                if (rule is null)
                {
                    continue;
                }

                var span = node.GetLocation().GetLineSpan();
                var line = span.StartLinePosition.Line + 1;
                if (reported.Add((line, rule)))
                {
                    var because = rule == name ? string.Empty : $" (the lab forbids everything in {rule})";
                    yield return new CompilerMessage(
                        span.Path,
                        line,
                        span.StartLinePosition.Character + 1,
                        Code,
                        CompilerMessageSeverity.Error,
                        $"{Shown(name)} is not allowed in lab code{because}; solve the task with the lab's own tools.");
                }
            }
        }
    }

    private static string Shown(string name) => name == ForbiddenApiList.Dynamic ? "The type 'dynamic'" : name;

    /// <summary>The dotted name a forbidden-list entry is compared with: <c>System.IO.File.WriteAllText</c>, <c>System.Reflection.Assembly</c>, <c>dynamic</c>.</summary>
    private static string FullName(ISymbol symbol)
    {
        symbol = symbol switch
        {
            IMethodSymbol { ReducedFrom: { } extension } => extension,
            IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor => constructor.ContainingType,
            IAliasSymbol alias => alias.Target,
            _ => symbol.OriginalDefinition,
        };
        return symbol switch
        {
            IDynamicTypeSymbol => ForbiddenApiList.Dynamic,
            INamedTypeSymbol type => TypeName(type),
            IArrayTypeSymbol array => FullName(array.ElementType),
            _ when symbol.ContainingType is { } owner => TypeName(owner) + "." + symbol.Name,
            _ => symbol.Name,
        };
    }

    private static string TypeName(INamedTypeSymbol type)
    {
        var name = type.Name;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.Name + "." + name;
        }

        var space = type.ContainingNamespace;
        return space is null || space.IsGlobalNamespace ? name : space.ToDisplayString() + "." + name;
    }
}
