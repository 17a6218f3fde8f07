using System.Text;

namespace Labs.Imaging;

/// <summary>
/// Lays out a grid of pixel texts as an aligned table with column numbers (x) on top and row numbers (y)
/// on the left; large grids show only their corners, with <c>…</c> in place of the hidden rows and columns.
/// </summary>
/// <example>
/// <code>
/// Image 3×2
/// y\x │ 0  1  2
/// ────┼────────
///   0 │ 1  2  3
///   1 │ 4  5  6
/// </code>
/// </example>
internal static class PixelTable
{
    /// <summary>Marks the place of hidden rows or columns in the lists from <see cref="ShownIndices"/>.</summary>
    internal const int Gap = -1;

    /// <summary>The text written in place of hidden rows and columns.</summary>
    internal const string Ellipsis = "…";

    private const string Corner = "y\\x";
    private const string ColumnSeparator = "  ";

    /// <summary>
    /// The indices to show along an axis of <paramref name="length"/> pixels: all of them when there are at most
    /// <paramref name="max"/>, otherwise the first ⌈max/2⌉ and the last ⌊max/2⌋ with <see cref="Gap"/> between.
    /// </summary>
    /// <param name="length">Number of pixels along the axis.</param>
    /// <param name="max">Largest number of pixels to show (at least 1).</param>
    internal static int[] ShownIndices(int length, int max)
    {
        if (length <= max)
        {
            return Enumerable.Range(0, length).ToArray();
        }

        var first = (max + 1) / 2;
        var last = max / 2;
        return [.. Enumerable.Range(0, first), Gap, .. Enumerable.Range(length - last, last)];
    }

    /// <summary>Number of real indices (not gaps) in a list from <see cref="ShownIndices"/>.</summary>
    /// <param name="indices">A list from <see cref="ShownIndices"/>.</param>
    internal static int CountShown(IReadOnlyList<int> indices) => indices.Count(i => i != Gap);

    /// <summary>
    /// Writes the table: <paramref name="header"/> on the first line, then column numbers, a rule, and one line per row.
    /// Every cell is right-aligned to one common width. Lines end with <c>\n</c>; there is no final line break.
    /// </summary>
    /// <param name="header">First line, e.g. <c>Image 3×2</c>.</param>
    /// <param name="rows">Rows to show, top to bottom, from <see cref="ShownIndices"/>.</param>
    /// <param name="columns">Columns to show, left to right, from <see cref="ShownIndices"/>.</param>
    /// <param name="cell">The text of the pixel at (x, y).</param>
    internal static string Render(string header, IReadOnlyList<int> rows, IReadOnlyList<int> columns, Func<int, int, string> cell)
    {
        var texts = new string[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            texts[r] = new string[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                texts[r][c] = rows[r] == Gap || columns[c] == Gap ? Ellipsis : cell(columns[c], rows[r]);
            }
        }

        var labels = columns.Select(Label).ToArray();
        var width = labels.Concat(texts.SelectMany(t => t)).Max(t => t.Length);
        var labelWidth = Math.Max(Corner.Length, rows.Max(r => Label(r).Length));

        var top = Line(Corner, labels);
        var builder = new StringBuilder();
        builder.Append(header).Append('\n');
        builder.Append(top).Append('\n');
        builder.Append('─', labelWidth + 1).Append('┼').Append('─', top.Length - labelWidth - 2);
        for (var r = 0; r < rows.Count; r++)
        {
            builder.Append('\n').Append(Line(Label(rows[r]), texts[r]));
        }

        return builder.ToString();

        string Line(string label, string[] cells)
        {
            var padded = cells.Select((text, c) => text.PadLeft(columns[c] == Gap ? Ellipsis.Length : width));
            return label.PadLeft(labelWidth) + " │ " + string.Join(ColumnSeparator, padded);
        }
    }

    private static string Label(int index) =>
        index == Gap ? Ellipsis : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
