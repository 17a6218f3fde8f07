using Labs.Grading.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Labs.Grading.Compilation;

/// <summary>
/// Finds uses of forbidden APIs in the student's files, by what each name means to the compiler (not by its spelling).
/// It applies every rule, also those the scan of the compiled lab leaves out (<see cref="ForbiddenApiRule.SourceOnly"/>),
/// because here the compiler's own code is not seen.
/// </summary>
internal sealed class ForbiddenApiCheck(IEnumerable<ForbiddenApiRule> rules)
{
    public const string Code = "LAB002";

    private readonly ForbiddenApiRule[] _rules = [.. rules];

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
                var rule = _rules.FirstOrDefault(r => r.Covers(name));
                if (rule is null)
                {
                    continue;
                }

                var span = node.GetLocation().GetLineSpan();
                var line = span.StartLinePosition.Line + 1;
                if (reported.Add((line, rule.Api)))
                {
                    var because = rule.Api == name ? string.Empty : $" (the lab forbids everything in {rule.Api})";
                    yield return new CompilerMessage(
                        span.Path,
                        line,
                        span.StartLinePosition.Character + 1,
                        Code,
                        CompilerMessageSeverity.Error,
                        $"{Shown(name)} is not allowed in lab code{because}: {rule.Reason}");
                }
            }
        }
    }

    private static string Shown(string name) => name == ForbiddenApiRules.Dynamic ? "The type 'dynamic'" : name;

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
            IDynamicTypeSymbol => ForbiddenApiRules.Dynamic,
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
