using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AdversarialLab;

/// <summary>Student code that leaves managed, type-safe code: native calls, pointers and private access without reflection.</summary>
public static partial class Escapes
{
    /// <summary>Asks the operating system for the process id through a native call.</summary>
    public static int ProcessId() => GetProcessId();

    /// <summary>Reads a value through a pointer.</summary>
    public static unsafe double ThroughPointer(double value)
    {
        var pointer = &value;
        return *pointer;
    }

    /// <summary>Reads the private field of a list without reflection.</summary>
    public static int HiddenVersion(List<int> list) => Version(list);

    [DllImport("libc", EntryPoint = "getpid")]
    private static extern int GetProcessId();

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_version")]
    private static extern ref int Version(List<int> list);
}
