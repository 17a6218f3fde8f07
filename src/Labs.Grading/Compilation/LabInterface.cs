using Microsoft.CodeAnalysis;

namespace Labs.Grading.Compilation;

/// <summary>The public types and members of the lab assembly, which the hidden tests were compiled against.</summary>
internal static class LabInterface
{
    public const string Code = "LAB001";

    /// <summary>The documentation ids (e.g. <c>M:Lab.Basics.MakeZeroMean(Labs.Imaging.Image)</c>) of every public type and member, with a readable name.</summary>
    public static Dictionary<string, string> Of(IAssemblySymbol assembly)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol space)
                {
                    pending.Push(space);
                }
                else if (member.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
                    && !member.IsImplicitlyDeclared
                    && member.GetDocumentationCommentId() is { } id)
                {
                    members[id] = member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
                    if (member is INamedTypeSymbol type)
                    {
                        pending.Push(type);
                    }
                }
            }
        }

        return members;
    }
}
