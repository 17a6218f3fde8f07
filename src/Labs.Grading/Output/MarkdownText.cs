using System.Text;

namespace Labs.Grading.Output;

/// <summary>Makes untrusted text safe inside Markdown: inline text cannot start formatting, links or raw HTML, and code blocks cannot be closed early.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes text for use inside a line: Markdown punctuation gets a backslash, &lt; &gt; &amp; become entities, line breaks become spaces.</summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\r': break;
                case '\n': escaped.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '!':
                    escaped.Append('\\').Append(c);
                    break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
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
