using System.Collections.Frozen;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Labs.Grading.Execution;

/// <summary>
/// Looks through a student's compiled lab, without loading or running it, for APIs that could break out of a test or
/// change a grade: reflection (to read the hidden tests or reach the test framework), ending or starting processes,
/// files, native code and unsafe memory. Findings mark a submission for review; the lab's configuration decides what
/// they cost.
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
    private const string Reflection = "Reflection can read the hidden tests' expected values and tamper with the test framework.";
    private const string Ending = "Ending the test program stops every test; return a result or throw an exception instead.";
    private const string Files = "Lab code does not read or write files; the tests give it all its input.";
    private const string Output = "Writing around the test output could pass for test results.";
    private const string Native = "Native and unsafe code can read and change any memory of the test program.";

    /// <summary>The rules used when none are given.</summary>
    public static IReadOnlyList<ForbiddenApiRule> DefaultRules { get; } =
    [
        new("System.Reflection", Reflection),
        new("System.Type.GetMethod", Reflection),
        new("System.Type.GetMethods", Reflection),
        new("System.Type.GetField", Reflection),
        new("System.Type.GetFields", Reflection),
        new("System.Type.GetProperty", Reflection),
        new("System.Type.GetProperties", Reflection),
        new("System.Type.GetMember", Reflection),
        new("System.Type.GetMembers", Reflection),
        new("System.Type.GetConstructor", Reflection),
        new("System.Type.GetConstructors", Reflection),
        new("System.Type.GetNestedType", Reflection),
        new("System.Type.GetNestedTypes", Reflection),
        new("System.Type.InvokeMember", Reflection),
        new("System.Type.GetType", Reflection),
        new("System.Type.get_Assembly", Reflection),
        new("System.Type.get_Module", Reflection),
        new("System.Delegate.CreateDelegate", Reflection),
        new("System.Delegate.DynamicInvoke", Reflection),
        new("System.Delegate.get_Method", Reflection),
        new("System.Activator", Reflection),
        new("System.AppDomain", Reflection),
        new("System.Runtime.Loader", Reflection),
        new("System.Linq.Expressions", Reflection),
        new("System.Runtime.CompilerServices.UnsafeAccessorAttribute", Reflection),
        new("System.Diagnostics.StackTrace", Reflection),
        new("System.Diagnostics.StackFrame", Reflection),
        new("NUnit", "Lab code must not use the test framework: only the tests decide whether a check passes."),
        new("System.Environment.Exit", Ending),
        new("System.Environment.FailFast", Ending),
        new("System.Diagnostics.Process", "Lab code does not start other programs."),
        new("System.Net", "Lab code does not use the network."),
        new("System.IO.File", Files),
        new("System.IO.FileInfo", Files),
        new("System.IO.FileStream", Files),
        new("System.IO.Directory", Files),
        new("System.IO.DirectoryInfo", Files),
        new("System.IO.StreamReader", Files),
        new("System.IO.StreamWriter", Files),
        new("System.IO.RandomAccess", Files),
        new("System.IO.MemoryMappedFiles", Files),
        new("System.Console.OpenStandardOutput", Output),
        new("System.Console.OpenStandardError", Output),
        new("System.Console.OpenStandardInput", Output),
        new("System.Console.SetOut", Output),
        new("System.Console.SetError", Output),
        new("System.Runtime.InteropServices.Marshal", Native),
        new("System.Runtime.InteropServices.NativeLibrary", Native),
        new("System.Runtime.InteropServices.NativeMemory", Native),
        new("System.Runtime.InteropServices.MemoryMarshal", Native),
        new("System.Runtime.InteropServices.GCHandle", Native),
        new("System.Runtime.InteropServices.DllImportAttribute", Native),
        new("System.Runtime.CompilerServices.Unsafe", Native),
        new("System.Security.UnverifiableCodeAttribute", Native),
    ];

    /// <summary>Lists every use of a forbidden API in a compiled assembly, each API once per method.</summary>
    /// <param name="assemblyPath">The student's compiled lab, e.g. <c>Lab.dll</c>.</param>
    /// <param name="rules">The forbidden APIs; null uses <see cref="DefaultRules"/>.</param>
    /// <returns>The findings, in the order they appear in the assembly; empty for a clean lab.</returns>
    public static IReadOnlyList<ForbiddenApiFinding> Scan(string assemblyPath, IEnumerable<ForbiddenApiRule>? rules = null)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException(
                $"ForbiddenApiScanner.Scan: assemblyPath '{assemblyPath}' does not exist. Compile the lab first and pass the path of its .dll.",
                assemblyPath);
        }

        var ruleList = (rules ?? DefaultRules).ToList();
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
                if (TypeOfMember(attribute.Constructor) is { } attributeType)
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
            var rule = rules.FirstOrDefault(r => r.Covers(api));
            if (rule is not null && _seen.Add((api, location)))
            {
                Findings.Add(new ForbiddenApiFinding(api + detail, location, rule.Reason));
            }
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
