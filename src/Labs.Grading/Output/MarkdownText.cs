using System.Text;

namespace Labs.Grading.Output;

/// <summary>Makes untrusted text safe inside Markdown: inline text cannot start formatting, links or raw HTML, and code blocks cannot be closed early.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Escapes text for use inside a line: inline Markdown punctuation gets a backslash, &lt; &gt; &amp; become
    /// entities, line breaks become spaces, and a leading character that could start a heading or list is escaped.
    /// </summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        int blockMarker = text.Length > 0 && text[0] is '#' or '+' or '-' or '=' ? 0 : OrderedListMarker(text);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (i == blockMarker)
            {
                escaped.Append('\\');
            }

            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\r': break;
                case '\n': escaped.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>The index of the "." or ")" in text like "1. " that Markdown would read as an ordered list item, or -1.</summary>
    private static int OrderedListMarker(string text)
    {
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' ? digits : -1;
    }

    /// <summary>
    /// Escapes instructor-written Markdown (a criterion): its formatting is kept, but raw HTML is shown as text
    /// and line breaks become spaces so it stays on its line.
    /// </summary>
    public static string InstructorInline(string markdown) =>
        markdown
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");

    /// <summary>A fenced code block whose fence is longer than any run of backticks in <paramref name="text"/>.</summary>
    public static string CodeBlock(string text, string language, string indent = "")
    {
        int longestRun = 0;
        int run = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }

        string fence = new('`', Math.Max(3, longestRun + 1));
        var block = new StringBuilder();
        block.Append(indent).Append(fence).Append(language).Append('\n');
        foreach (string line in text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            block.Append(line.Length == 0 ? "" : indent).Append(line).Append('\n');
        }

        block.Append(indent).Append(fence).Append('\n');
        return block.ToString();
    }
}
