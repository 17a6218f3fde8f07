using System.Runtime.InteropServices;

namespace Labs.Grading.Execution;

/// <summary>Finds the <c>dotnet</c> program that starts the test host: the one running the grader, if possible.</summary>
internal static class DotnetMuxer
{
    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

    private static string Find()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        if (Environment.ProcessPath is { } process && System.IO.Path.GetFileName(process) == name)
        {
            return process;
        }

        // …/shared/Microsoft.NETCore.App/10.0.x/ → the dotnet root three folders up.
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = System.IO.Path.Combine(root, name);
        return File.Exists(candidate) ? candidate : name;
    }
}
