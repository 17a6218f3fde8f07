using System.Collections;
using System.Globalization;
using System.Text;
using NUnit.Framework;

namespace Labs.Testing.Snapshots;

/// <summary>
/// Builds snapshot file names in Verify's convention: <c>{TestClass}.{Method}</c>, followed for parameterized
/// tests by <c>_{parameter}={value}</c> for each argument, e.g. <c>BlurTests.Blur_keeps_mean_size=3</c>.
/// </summary>
internal static class SnapshotName
{
    /// <summary>Longest text kept from one argument value, so names stay well below file-system limits.</summary>
    private const int MaxValueLength = 40;

    // Characters that are not allowed in file names on Windows, macOS or Linux (checked on every OS so names are portable).
    private static readonly char[] _unsafeCharacters = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>Name of the snapshot of the NUnit test that is running now.</summary>
    /// <param name="sourceFile">The test's source file, used for the class name outside an NUnit test.</param>
    /// <param name="method">The calling method, used as the method name outside an NUnit test.</param>
    public static string ForCurrentTest(string sourceFile, string method)
    {
        var test = TestContext.CurrentContext.Test;
        var className = test.ClassName is { Length: > 0 } fullName ? ShortClassName(fullName) : Path.GetFileNameWithoutExtension(sourceFile);
        var methodName = test.MethodName is { Length: > 0 } testMethod ? testMethod : method;
        var parameters = test.MethodInfo?.GetParameters().Select(p => p.Name ?? string.Empty).ToArray() ?? [];
        return Create(className, methodName, parameters, test.Arguments);
    }

    /// <summary>Builds a snapshot name from its parts.</summary>
    /// <param name="className">The test class, short name (no namespace).</param>
    /// <param name="methodName">The test method.</param>
    /// <param name="parameterNames">The names of the method's parameters; may be shorter than <paramref name="arguments"/>.</param>
    /// <param name="arguments">The values the test was called with (empty for a plain test).</param>
    public static string Create(string className, string methodName, IReadOnlyList<string> parameterNames, IReadOnlyList<object?> arguments)
    {
        var name = new StringBuilder(MakeSafe(className)).Append('.').Append(MakeSafe(methodName));
        for (var i = 0; i < arguments.Count; i++)
        {
            name.Append('_');
            if (i < parameterNames.Count && parameterNames[i].Length > 0)
            {
                name.Append(MakeSafe(parameterNames[i])).Append('=');
            }

            name.Append(MakeSafe(Truncate(Format(arguments[i]))));
        }

        return name.ToString();
    }

    /// <summary>Writes an argument value the same way on every machine (invariant culture, round-trip doubles).</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Replaces characters that cannot appear in a file name, and control characters, with '_'.</summary>
    public static string MakeSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(char.IsControl(c) || Array.IndexOf(_unsafeCharacters, c) >= 0 ? '_' : c);
        }

        return safe.ToString();
    }

    private static string ShortClassName(string fullName)
    {
        var shortName = fullName[(fullName.LastIndexOf('.') + 1)..];
        return shortName.Replace('+', '.');
    }

    private static string Truncate(string text) => text.Length <= MaxValueLength ? text : text[..MaxValueLength];
}
