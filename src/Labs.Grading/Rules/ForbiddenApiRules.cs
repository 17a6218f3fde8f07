namespace Labs.Grading.Rules;

/// <summary>
/// The one list of APIs that lab code may never use, because they could reach into the tests or the grader:
/// reflection, loading assemblies, native code and unsafe memory, ending or starting processes, reading the call stack
/// or the environment, files, the network and the test framework. Both checks read it: the compiler's check of the
/// student's source (<c>LAB002</c> errors) and the scan of the compiled lab before its tests run.
/// </summary>
/// <example>
/// <code>
/// var rules = ForbiddenApiRules.ForLab(["System.Linq.Enumerable.Average"]);
/// var findings = ForbiddenApiScanner.Scan("build/alice/Lab.dll", rules);
/// </code>
/// </example>
public static class ForbiddenApiRules
{
    /// <summary>The name that stands for C#'s <c>dynamic</c> type, which calls members by reflection at run time.</summary>
    public const string Dynamic = "dynamic";

    /// <summary>The reason given for the extra names a lab forbids in its <c>grading.json</c>.</summary>
    public const string LabReason = "This lab asks you to solve its tasks without it; write that part yourself.";

    private const string Reflection = "Reflection can read the hidden tests' expected values and tamper with the test framework.";
    private const string DynamicCalls = "dynamic calls members by reflection at run time; use the real type instead.";
    private const string Ending = "Ending the test program stops every test; return a result or throw an exception instead.";
    private const string Programs = "Lab code does not start or talk to other programs.";
    private const string Settings = "Lab code does not read or change the test program's environment; the tests give it all its input.";
    private const string Files = "Lab code does not read or write files; the tests give it all its input.";
    private const string Output = "Writing around the test output could pass for test results.";
    private const string Native = "Native and unsafe code can read and change any memory of the test program.";

    /// <summary>The rules every lab has, in the order they are tried: a whole namespace before the types in it.</summary>
    public static IReadOnlyList<ForbiddenApiRule> Default { get; } =
    [
        new("System.Reflection", Reflection),
        new("System.Type.GetType", Reflection),
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
        new("System.Type.Assembly", Reflection),
        new("System.Type.Module", Reflection),
        new("System.Delegate.CreateDelegate", Reflection),
        new("System.Delegate.DynamicInvoke", Reflection),
        new("System.Delegate.Method", Reflection),
        new("System.Activator", Reflection),
        new("System.AppDomain", Reflection),
        new("System.Runtime.Loader", Reflection),
        new("System.Linq.Expressions", Reflection),
        new("System.Runtime.CompilerServices.UnsafeAccessorAttribute", Reflection),
        new("System.Runtime.CompilerServices.UnsafeAccessorTypeAttribute", Reflection),
        new("System.Diagnostics.StackTrace", Reflection),
        new("System.Diagnostics.StackFrame", Reflection),
        new("System.Environment.StackTrace", Reflection),
        new(Dynamic, DynamicCalls),
        new("Microsoft.CSharp.RuntimeBinder", DynamicCalls),
        new("NUnit", "Lab code must not use the test framework: only the tests decide whether a check passes."),
        new("System.Environment.Exit", Ending),
        new("System.Environment.FailFast", Ending),
        new("System.Environment.GetEnvironmentVariable", Settings),
        new("System.Environment.GetEnvironmentVariables", Settings),
        new("System.Environment.SetEnvironmentVariable", Settings),
        new("System.Diagnostics.Process", Programs),
        new("System.IO.Pipes", Programs),
        new("System.Net", "Lab code does not use the network."),
        new("System.IO.File", Files),
        new("System.IO.FileInfo", Files),
        new("System.IO.FileStream", Files),
        new("System.IO.FileSystemWatcher", Files),
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

        // The compiler itself calls CollectionsMarshal and MemoryMarshal for collection expressions and spans, so the
        // scan of the compiled lab looks for the dangerous types of the namespace only.
        new("System.Runtime.InteropServices", Native) { SourceOnly = true },
        new("System.Runtime.InteropServices.Marshal", Native),
        new("System.Runtime.InteropServices.NativeLibrary", Native),
        new("System.Runtime.InteropServices.NativeMemory", Native),
        new("System.Runtime.InteropServices.MemoryMarshal", Native),
        new("System.Runtime.InteropServices.GCHandle", Native),
        new("System.Runtime.InteropServices.DllImportAttribute", Native),
        new("System.Runtime.CompilerServices.Unsafe", Native),
        new("System.Security.UnverifiableCodeAttribute", Native),
    ];

    /// <summary>The rules for one lab: <see cref="Default"/> and the extra names from its <c>grading.json</c> (<c>forbiddenApis</c>).</summary>
    /// <param name="extraApis">Namespaces, types or members the lab also forbids, e.g. <c>System.Linq.Enumerable.Average</c>; their reason is <see cref="LabReason"/>.</param>
    /// <returns>The default rules followed by one rule per extra name not already among them.</returns>
    public static IReadOnlyList<ForbiddenApiRule> ForLab(IEnumerable<string> extraApis)
    {
        ArgumentNullException.ThrowIfNull(extraApis);
        var known = Default.Select(r => r.Api).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. Default,
            .. extraApis.Where(known.Add).Select(api => new ForbiddenApiRule(api, LabReason)),
        ];
    }
}
