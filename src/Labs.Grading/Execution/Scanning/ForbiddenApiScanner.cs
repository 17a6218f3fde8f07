using System.Collections.Frozen;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Labs.Grading.Compilation;
using Labs.Grading.Rules;

namespace Labs.Grading.Execution;

/// <summary>
/// Looks through a student's compiled lab, without loading or running it, for APIs that could break out of a test or
/// change a grade: reflection (to read the hidden tests or reach the test framework), ending or starting processes,
/// files, native code and unsafe memory. It reads the same <see cref="ForbiddenApiRules"/> as the compiler's check of
/// the student's source, except the rules that only that check applies (<see cref="ForbiddenApiRule.SourceOnly"/>), and
/// matches property and event accessors by the property's name (<c>System.Type.get_Assembly</c> by <c>System.Type.Assembly</c>).
/// Findings mark a submission for review; the lab's configuration decides what they cost.
/// </summary>
/// <example>
/// <code>
/// foreach (var finding in ForbiddenApiScanner.Scan("build/alice/Lab.dll"))
/// {
///     Console.WriteLine(finding); // Lab.Basics.Cheat uses System.Reflection.FieldInfo.GetValue: …
/// }
/// </code>
/// </example>
public static class ForbiddenApiScanner
{
    /// <summary>Lists every use of a forbidden API in a compiled assembly, each API once per method.</summary>
    /// <param name="assemblyPath">The student's compiled lab, e.g. <c>Lab.dll</c>.</param>
    /// <param name="rules">The forbidden APIs, e.g. <see cref="LabCompiler.ForbiddenApis"/>; null uses <see cref="ForbiddenApiRules.Default"/>.</param>
    /// <returns>The findings, in the order they appear in the assembly; empty for a clean lab.</returns>
    public static IReadOnlyList<ForbiddenApiFinding> Scan(string assemblyPath, IEnumerable<ForbiddenApiRule>? rules = null)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException(
                $"ForbiddenApiScanner.Scan: assemblyPath '{assemblyPath}' does not exist. Compile the lab first and pass the path of its .dll.",
                assemblyPath);
        }

        var ruleList = (rules ?? ForbiddenApiRules.Default).Where(r => !r.SourceOnly).ToList();
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException($"ForbiddenApiScanner.Scan: '{assemblyPath}' is not a .NET assembly.");
        }

        var scan = new AssemblyScan(pe, ruleList);
        scan.Run();
        return scan.Findings;
    }

    /// <summary>One pass over one assembly.</summary>
    private sealed class AssemblyScan(PEReader pe, List<ForbiddenApiRule> rules)
    {
        private static readonly FrozenDictionary<short, OperandType> Operands = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToFrozenDictionary(o => o.Value, o => o.OperandType);

        /// <summary>
        /// The attributes that only describe an assembly (title, version, company…). The SDK writes several of them into
        /// every project; they are System.Reflection types, but putting them on the assembly uses no reflection.
        /// </summary>
        private static readonly FrozenSet<string> DescriptionAttributes = new[]
        {
            "AlgorithmId", "Company", "Configuration", "Copyright", "Culture", "DefaultAlias", "DelaySign", "Description",
            "FileVersion", "Flags", "InformationalVersion", "KeyFile", "KeyName", "Metadata", "Product", "SignatureKey",
            "Title", "Trademark", "Version",
        }.Select(name => $"System.Reflection.Assembly{name}Attribute").ToFrozenSet(StringComparer.Ordinal);

        private static readonly string[] AccessorPrefixes = ["get_", "set_", "add_", "remove_"];

        private readonly MetadataReader _metadata = pe.GetMetadataReader();
        private readonly HashSet<(string Api, string Location)> _seen = [];
        private readonly TypeNames _names = new();

        public List<ForbiddenApiFinding> Findings { get; } = [];

        public void Run()
        {
            foreach (var handle in _metadata.TypeDefinitions)
            {
                var type = _metadata.GetTypeDefinition(handle);
                var typeName = _names.Of(_metadata, handle);
                if (typeName.StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal))
                {
                    // Compiler-written helpers (constant arrays, collection expressions) use Unsafe on purpose.
                    continue;
                }

                foreach (var methodHandle in type.GetMethods())
                {
                    ScanMethod(methodHandle, typeName);
                }
            }

            foreach (var handle in _metadata.CustomAttributes)
            {
                var attribute = _metadata.GetCustomAttribute(handle);
                if (TypeOfMember(attribute.Constructor) is { } attributeType && !IsDescription(attribute.Parent, attributeType))
                {
                    Check(attributeType, LocationOf(attribute.Parent));
                }
            }
        }

        private void ScanMethod(MethodDefinitionHandle handle, string typeName)
        {
            var method = _metadata.GetMethodDefinition(handle);
            var location = Location(typeName, _metadata.GetString(method.Name));
            if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0)
            {
                var import = method.GetImport();
                var library = _metadata.GetString(_metadata.GetModuleReference(import.Module).Name);
                Check("System.Runtime.InteropServices.DllImportAttribute", location, $" ({library})");
            }

            if (method.RelativeVirtualAddress == 0)
            {
                return;
            }

            var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
            while (il.RemainingBytes > 0)
            {
                var code = (short)il.ReadByte();
                if (code == 0xFE)
                {
                    code = unchecked((short)(0xFE00 | il.ReadByte()));
                }

                var operand = Operands.GetValueOrDefault(code, OperandType.InlineNone);
                if (operand is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
                {
                    var token = il.ReadInt32();
                    if (NameOf(MetadataTokens.EntityHandle(token)) is { } api)
                    {
                        Check(api, location);
                    }
                }
                else
                {
                    Skip(ref il, operand);
                }
            }
        }

        private static void Skip(ref BlobReader il, OperandType operand)
        {
            switch (operand)
            {
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    il.Offset += 4 * il.ReadInt32();
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }

        /// <summary>The full name of an API the IL refers to; null for the student's own types and members.</summary>
        private string? NameOf(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.MemberReference => MemberName(_metadata.GetMemberReference((MemberReferenceHandle)handle)),
            HandleKind.MethodSpecification => NameOf(_metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method),
            HandleKind.TypeReference or HandleKind.TypeSpecification => _names.Of(_metadata, handle),
            _ => null,
        };

        private string? MemberName(MemberReference member)
        {
            var parent = member.Parent.Kind is HandleKind.TypeReference or HandleKind.TypeSpecification
                ? _names.Of(_metadata, member.Parent)
                : null;
            return parent is null ? null : $"{parent}.{_metadata.GetString(member.Name)}";
        }

        private string? TypeOfMember(EntityHandle constructor) => constructor.Kind == HandleKind.MemberReference
            ? _metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent is var parent
                && parent.Kind is HandleKind.TypeReference or HandleKind.TypeSpecification
                ? _names.Of(_metadata, parent)
                : null
            : null;

        /// <summary>True for an attribute that describes the assembly, put on the assembly or module (not used in code).</summary>
        private static bool IsDescription(EntityHandle parent, string attributeType) =>
            (parent.Kind is HandleKind.AssemblyDefinition or HandleKind.ModuleDefinition) && DescriptionAttributes.Contains(attributeType);

        private string LocationOf(EntityHandle parent) => parent.Kind switch
        {
            HandleKind.MethodDefinition => MethodLocation((MethodDefinitionHandle)parent),
            HandleKind.TypeDefinition => Readable(_names.Of(_metadata, parent)),
            HandleKind.ModuleDefinition => "module",
            HandleKind.AssemblyDefinition => "assembly",
            _ => "assembly",
        };

        private string MethodLocation(MethodDefinitionHandle handle)
        {
            var method = _metadata.GetMethodDefinition(handle);
            return Location(_names.Of(_metadata, method.GetDeclaringType()), _metadata.GetString(method.Name));
        }

        private void Check(string api, string location, string detail = "")
        {
            var property = PropertyName(api);
            var rule = rules.FirstOrDefault(r => r.Covers(api) || (property is not null && r.Covers(property)));
            if (rule is not null && _seen.Add((api, location)))
            {
                Findings.Add(new ForbiddenApiFinding(api + detail, location, rule.Reason));
            }
        }

        /// <summary>The name of the property or event an accessor belongs to (<c>System.Type.get_Assembly</c> → <c>System.Type.Assembly</c>); null for other members.</summary>
        private static string? PropertyName(string api)
        {
            var dot = api.LastIndexOf('.');
            var member = api.AsSpan(dot + 1);
            foreach (var prefix in AccessorPrefixes)
            {
                if (member.StartsWith(prefix, StringComparison.Ordinal) && member.Length > prefix.Length)
                {
                    return string.Concat(api.AsSpan(0, dot + 1), member[prefix.Length..]);
                }
            }

            return null;
        }

        /// <summary>
        /// Names code after the method the student wrote: a lambda <c>Lab.Cheats+&lt;&gt;c.&lt;Peek&gt;b__3_0</c>, a local
        /// function or an iterator <c>Lab.Cheats+&lt;Rows&gt;d__2.MoveNext</c> read as <c>Lab.Cheats.Peek</c> and <c>Lab.Cheats.Rows</c>.
        /// </summary>
        private static string Location(string typeName, string methodName)
        {
            var generated = typeName.IndexOf("+<", StringComparison.Ordinal);
            var owner = generated < 0 ? typeName : typeName[..generated];
            var method = Between(methodName) ?? (generated < 0 ? null : Between(typeName[generated..])) ?? methodName;
            return $"{owner}.{method}";
        }

        /// <summary>What a compiler-generated name holds between its first angle brackets, or null when that is empty or missing.</summary>
        private static string? Between(string name)
        {
            var open = name.IndexOf('<', StringComparison.Ordinal);
            var close = name.IndexOf('>', StringComparison.Ordinal);
            return open >= 0 && close > open + 1 ? name[(open + 1)..close] : null;
        }

        /// <summary>A type named after the student's type when the compiler generated it (<c>Lab.Cheats+&lt;&gt;c</c> → <c>Lab.Cheats</c>).</summary>
        private static string Readable(string typeName)
        {
            var generated = typeName.IndexOf("+<", StringComparison.Ordinal);
            return generated < 0 ? typeName : typeName[..generated];
        }
    }
}
