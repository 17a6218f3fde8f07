namespace Labs.Grading.Rules;

/// <summary>
/// An API that student code must not use, with the reason the student and the reviewer read. The rule covers the API
/// and everything inside it: <c>System.Reflection</c> covers the whole namespace, <c>System.IO.File</c> every member
/// of <c>File</c> (but not <c>FileInfo</c>), <c>System.Environment.Exit</c> one method. Properties and events are
/// written by their names as in C# (<c>System.Type.Assembly</c>); generic types with or without their arity
/// (<c>System.Collections.Generic.List</c> or <c>List`1</c>).
/// </summary>
/// <param name="Api">A namespace, type or member, written with dots, e.g. <c>System.Diagnostics.Process</c>.</param>
/// <param name="Reason">Why the API is forbidden, written for the student and the reviewer.</param>
/// <example><code>var rule = new ForbiddenApiRule("System.Net", "Lab code does not use the network.");</code></example>
public sealed record ForbiddenApiRule(string Api, string Reason)
{
    /// <summary>
    /// True when only the check of the student's source applies the rule, not the scan of the compiled lab: the compiler
    /// itself writes uses of such APIs into ordinary code (a collection expression calls
    /// <c>System.Runtime.InteropServices.CollectionsMarshal</c>), so the scan would flag honest work.
    /// </summary>
    public bool SourceOnly { get; init; }

    /// <summary>True when <paramref name="api"/> is the rule's API or lies inside it.</summary>
    /// <param name="api">The full name of a used namespace member, e.g. <c>System.Environment.Exit</c> or <c>System.Collections.Generic.List`1.Add</c>.</param>
    public bool Covers(string api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var name = WithoutArity(api);
        var rule = WithoutArity(Api);
        return name.StartsWith(rule, StringComparison.Ordinal)
            && (name.Length == rule.Length || name[rule.Length] == '.');
    }

    /// <summary><c>System.Collections.Generic.List`1.Add</c> → <c>System.Collections.Generic.List.Add</c>.</summary>
    private static string WithoutArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick < 0)
        {
            return name;
        }

        var end = tick + 1;
        while (end < name.Length && char.IsAsciiDigit(name[end]))
        {
            end++;
        }

        return WithoutArity(string.Concat(name.AsSpan(0, tick), name.AsSpan(end)));
    }
}
