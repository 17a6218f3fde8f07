namespace Labs.Grading.Execution;

/// <summary>
/// An API that student code must not use, with the reason a reviewer reads. The rule covers the API and everything
/// inside it: <c>System.Reflection</c> covers the whole namespace, <c>System.Environment</c> the whole type,
/// <c>System.Environment.Exit</c> one method (constructors are <c>.ctor</c>, property getters <c>get_Name</c>).
/// </summary>
/// <param name="Api">A namespace, type or member, written with dots, e.g. <c>System.Diagnostics.Process</c>; generic types keep their arity (<c>List`1</c>).</param>
/// <param name="Reason">Why the API is forbidden, written for the student and the reviewer.</param>
/// <example><code>var rule = new ForbiddenApiRule("System.Net", "Labs do not use the network.");</code></example>
public sealed record ForbiddenApiRule(string Api, string Reason)
{
    /// <summary>True when <paramref name="api"/> is the rule's API or lies inside it.</summary>
    /// <param name="api">The full name of a used namespace member, e.g. <c>System.Environment.Exit</c>.</param>
    public bool Covers(string api)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.StartsWith(Api, StringComparison.Ordinal)
            && (api.Length == Api.Length || api[Api.Length] is '.' or '`');
    }
}
