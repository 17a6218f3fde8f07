namespace Labs.Templates.Tests;

/// <summary>
/// A GitHub Actions workflow read by indentation: enough YAML for the repository's workflows (maps, lists of maps,
/// plain or quoted scalars, <c>|</c> and <c>&gt;-</c> blocks, whole-line comments), so tests can check jobs and steps.
/// </summary>
internal sealed class WorkflowNode
{
    private WorkflowNode(string? scalar, Dictionary<string, WorkflowNode>? map, List<WorkflowNode>? items)
    {
        Scalar = scalar;
        Map = map ?? [];
        Items = items ?? [];
    }

    /// <summary>The text of a scalar (quotes removed; a block's lines joined by line breaks), or null for a map or list.</summary>
    public string? Scalar { get; }

    /// <summary>The keys of a map, in file order.</summary>
    public Dictionary<string, WorkflowNode> Map { get; }

    /// <summary>The items of a list.</summary>
    public List<WorkflowNode> Items { get; }

    /// <summary>The value at <paramref name="key"/> of a map.</summary>
    public WorkflowNode this[string key] =>
        Map.TryGetValue(key, out var node) ? node : throw new KeyNotFoundException($"No key '{key}' here; keys: {string.Join(", ", Map.Keys)}.");

    /// <summary>The scalar at <paramref name="key"/>, or null when the map has no such key.</summary>
    public string? Text(string key) => Map.TryGetValue(key, out var node) ? node.Scalar : null;

    /// <summary>Reads the workflow file at <paramref name="path"/>.</summary>
    public static WorkflowNode Load(string path)
    {
        var lines = File.ReadAllLines(path).ToList();
        var index = 0;
        SkipBlank(lines, ref index);
        return Block(lines, ref index, Indent(lines[index]));
    }

    private static WorkflowNode Block(List<string> lines, ref int index, int indent)
    {
        var first = lines[index].TrimStart();
        if (first.StartsWith("- ", StringComparison.Ordinal) || first == "-")
        {
            return List(lines, ref index, indent);
        }

        var map = new Dictionary<string, WorkflowNode>(StringComparer.Ordinal);
        while (index < lines.Count && Indent(lines[index]) == indent && !lines[index].TrimStart().StartsWith('-'))
        {
            var text = lines[index].Trim();
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            var key = colon >= 0 ? text[..colon] : text.TrimEnd(':');
            var value = colon >= 0 ? text[(colon + 2)..].Trim() : "";
            index++;
            map[Unquote(key)] = Value(lines, ref index, indent, value);
            SkipBlank(lines, ref index);
        }

        return new WorkflowNode(null, map, null);
    }

    private static WorkflowNode List(List<string> lines, ref int index, int indent)
    {
        var items = new List<WorkflowNode>();
        while (index < lines.Count && Indent(lines[index]) == indent && lines[index].TrimStart().StartsWith('-'))
        {
            var rest = lines[index].TrimStart()[1..].TrimStart();
            if (!rest.Contains(':', StringComparison.Ordinal))
            {
                items.Add(new WorkflowNode(Unquote(rest), null, null));
                index++;
            }
            else
            {
                // "- key: value" starts a map whose keys sit two columns further in.
                lines[index] = new string(' ', indent + 2) + rest;
                items.Add(Block(lines, ref index, indent + 2));
            }

            SkipBlank(lines, ref index);
        }

        return new WorkflowNode(null, null, items);
    }

    private static WorkflowNode Value(List<string> lines, ref int index, int indent, string value)
    {
        if (value is "|" or ">-" or ">" or "|-")
        {
            var block = new List<string>();
            while (index < lines.Count && (lines[index].Trim().Length == 0 || Indent(lines[index]) > indent))
            {
                block.Add(lines[index].Trim());
                index++;
            }

            return new WorkflowNode(string.Join(value.StartsWith('>') ? " " : "\n", block).Trim(), null, null);
        }

        if (value.Length > 0)
        {
            return new WorkflowNode(Unquote(value), null, null);
        }

        SkipBlank(lines, ref index);
        return index < lines.Count && Indent(lines[index]) > indent
            ? Block(lines, ref index, Indent(lines[index]))
            : new WorkflowNode("", null, null);
    }

    private static void SkipBlank(List<string> lines, ref int index)
    {
        while (index < lines.Count && (lines[index].Trim().Length == 0 || lines[index].TrimStart().StartsWith('#')))
        {
            index++;
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0] ? text[1..^1] : text;
}
