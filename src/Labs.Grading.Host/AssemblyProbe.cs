using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Labs.Grading.Execution.Protocol;

namespace Labs.Grading.Host;

/// <summary>
/// Loads the student's lab and the test assemblies, and resolves the other assemblies the tests need. The student's
/// assembly is loaded first, so a copy of the lab next to the tests is never used instead. Tells trusted code
/// (the runtime, NUnit, the Labs libraries, the tests) from student code when the grader needs to know who threw.
/// </summary>
internal sealed class AssemblyProbe(HostRequest request)
{
    private readonly List<string> _folders = [];
    private readonly HashSet<string> _trustedFolders = new(StringComparer.Ordinal);
    private readonly List<Assembly> _tests = [];
    private Assembly? _student;

    /// <summary>The loaded test assemblies, in the order of the request.</summary>
    public IReadOnlyList<Assembly> TestAssemblies => _tests;

    public bool TryLoad(out string error)
    {
        try
        {
            Load();
            error = string.Empty;
            return true;
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException or ArgumentException or InvalidOperationException)
        {
            error = exception.Message;
            return false;
        }
    }

    /// <summary>True when any frame of the current call stack belongs to student code (or to code loaded from memory).</summary>
    public bool StudentCodeOnStack()
    {
        foreach (var frame in new StackTrace(fNeedFileInfo: false).GetFrames())
        {
            var assembly = frame.GetMethod()?.Module.Assembly;
            if (assembly is not null && !IsTrusted(assembly))
            {
                return true;
            }
        }

        return false;
    }

    private void Load()
    {
        if (request.TestAssemblies.Count == 0)
        {
            throw new InvalidOperationException("The request names no test assembly to load.");
        }

        var testPaths = request.TestAssemblies.Select(Path.GetFullPath).ToList();
        _folders.AddRange(testPaths.Select(p => Path.GetDirectoryName(p)!).Distinct(StringComparer.Ordinal));
        _folders.AddRange(request.ProbeFolders.Select(Path.GetFullPath));
        _trustedFolders.Add(Folder(AppContext.BaseDirectory));
        _trustedFolders.Add(Folder(Path.GetDirectoryName(typeof(object).Assembly.Location)!));
        foreach (var folder in _folders)
        {
            _trustedFolders.Add(Folder(folder));
        }

        AssemblyLoadContext.Default.Resolving += Resolve;
        if (request.StudentAssembly is { } studentPath)
        {
            _student = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(studentPath));
        }

        foreach (var testPath in testPaths)
        {
            var tests = AssemblyLoadContext.Default.LoadFromAssemblyPath(testPath);
            if (_student is not null && !tests.GetReferencedAssemblies().Any(r => r.Name == _student.GetName().Name))
            {
                throw new InvalidOperationException(
                    $"The tests in {Path.GetFileName(testPath)} do not use an assembly named {_student.GetName().Name}; compile the lab under the name the tests reference.");
            }

            _tests.Add(tests);
        }
    }

    private Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (_student is not null && name.Name == _student.GetName().Name)
        {
            return _student;
        }

        foreach (var folder in _folders)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            if (File.Exists(path))
            {
                return context.LoadFromAssemblyPath(path);
            }
        }

        return null;
    }

    private bool IsTrusted(Assembly assembly)
    {
        if (_tests.Contains(assembly))
        {
            return true;
        }

        if (assembly == _student || assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location))
        {
            return false;
        }

        return _trustedFolders.Contains(Folder(Path.GetDirectoryName(assembly.Location)!));
    }

    private static string Folder(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
