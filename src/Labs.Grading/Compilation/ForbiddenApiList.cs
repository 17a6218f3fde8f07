namespace Labs.Grading.Compilation;

/// <summary>
/// The names that lab code may never use, because they could reach into the tests or the grader: reflection, loading
/// assemblies, unsafe access to private members, ending the process, reading the call stack or the environment,
/// files and the network.
/// A name forbids itself and everything inside it: <c>System.Reflection</c> forbids every type in that namespace,
/// <c>System.IO.File</c> every member of <c>File</c> (but not <c>FileInfo</c>).
/// </summary>
public static class ForbiddenApiList
{
    /// <summary>The name that stands for C#'s <c>dynamic</c> type, which calls members by reflection at run time.</summary>
    public const string Dynamic = "dynamic";

    /// <summary>The names every lab forbids.</summary>
    public static IReadOnlyList<string> Default { get; } =
    [
        "System.Reflection",
        "System.Runtime.Loader",
        "System.Runtime.InteropServices",
        "System.Runtime.CompilerServices.Unsafe",
        "System.Runtime.CompilerServices.UnsafeAccessorAttribute",
        "System.Runtime.CompilerServices.UnsafeAccessorTypeAttribute",
        "System.Activator",
        "System.AppDomain",
        "System.Type.GetType",
        "System.Type.InvokeMember",
        "System.Delegate.CreateDelegate",
        "System.Delegate.DynamicInvoke",
        "System.Environment.Exit",
        "System.Environment.FailFast",
        "System.Environment.StackTrace",
        "System.Environment.SetEnvironmentVariable",
        "System.Environment.GetEnvironmentVariable",
        "System.Environment.GetEnvironmentVariables",
        "System.Diagnostics.Process",
        "System.Diagnostics.StackTrace",
        "System.Diagnostics.StackFrame",
        "System.IO.File",
        "System.IO.Directory",
        "System.IO.FileInfo",
        "System.IO.DirectoryInfo",
        "System.IO.FileStream",
        "System.IO.FileSystemWatcher",
        "System.IO.StreamReader",
        "System.IO.StreamWriter",
        "System.IO.RandomAccess",
        "System.IO.Pipes",
        "System.IO.MemoryMappedFiles",
        "System.Console.SetOut",
        "System.Console.SetError",
        "System.Console.OpenStandardOutput",
        "System.Console.OpenStandardError",
        "System.Net",
        Dynamic,
    ];
}
