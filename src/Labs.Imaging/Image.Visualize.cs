using System.Globalization;

namespace Labs.Imaging;

/// <content>Visualize: the pixels as an aligned text table, for printing and for failure messages.</content>
public sealed partial class Image
{
    /// <summary>How many rows and columns <see cref="Visualize"/> shows before it hides the middle ones.</summary>
    internal const int VisualizeDefaultLimit = 10;

    /// <summary>
    /// Writes the pixels as an aligned text table: column numbers (x) on top, row numbers (y) on the left.
    /// Use it to look at small images, e.g. <c>Console.WriteLine(image.Visualize())</c> or in a test's failure message.
    /// </summary>
    /// <param name="precision">
    /// Digits after the decimal point (0 to 15). Used only when some value on show has a fractional part;
    /// when every value is a whole number, none are written.
    /// </param>
    /// <param name="maxRows">
    /// Largest number of rows to show. A taller image shows its first and last rows with a row of <c>…</c> between.
    /// </param>
    /// <param name="maxColumns">
    /// Largest number of columns to show. A wider image shows its first and last columns with <c>…</c> between.
    /// </param>
    /// <returns>
    /// A header such as <c>Image 3×2</c>, then the table. NaN is written <c>NaN</c>, infinities <c>∞</c> and <c>-∞</c>,
    /// RGB pixels as <c>(r, g, b)</c>. Numbers use a decimal point whatever the computer's language.
    /// Lines are separated by <c>\n</c>.
    /// </returns>
    /// <example>
    /// <code>
    /// Image.FromRows([1, 2, 3], [4, 5, 6]).Visualize();
    /// // Image 3×2
    /// // y\x │ 0  1  2
    /// // ────┼────────
    /// //   0 │ 1  2  3
    /// //   1 │ 4  5  6
    ///
    /// Image.FromRows([0.5, -1]).Visualize(precision: 2);
    /// // Image 2×1
    /// // y\x │     0      1
    /// // ────┼─────────────
    /// //   0 │  0.50  -1.00
    /// </code>
    /// </example>
    public string Visualize(int precision = 3, int maxRows = VisualizeDefaultLimit, int maxColumns = VisualizeDefaultLimit)
    {
        if (precision is < 0 or > PixelFormat.MaxPrecision)
        {
            throw new ArgumentOutOfRangeException(
                nameof(precision),
                precision,
                $"Visualize(precision: {precision}): precision is the number of digits after the decimal point and must be in 0..{PixelFormat.MaxPrecision}.");
        }

        CheckLimit(maxRows, nameof(maxRows));
        CheckLimit(maxColumns, nameof(maxColumns));

        var rows = PixelTable.ShownIndices(Height, maxRows);
        var columns = PixelTable.ShownIndices(Width, maxColumns);
        var integers = true;
        for (var c = 0; c < Channels; c++)
        {
            foreach (var y in rows.Where(i => i != PixelTable.Gap))
            {
                foreach (var x in columns.Where(i => i != PixelTable.Gap))
                {
                    integers &= PixelFormat.NeedsNoDecimals(_data[Index(x, y, c)]);
                }
            }
        }

        Func<int, int, string> cell = IsRgb
            ? (x, y) => PixelFormat.Format(GetRgb(x, y), precision, integers)
            : (x, y) => PixelFormat.Format(_data[Index(x, y, 0)], precision, integers);
        return PixelTable.Render(VisualizeHeader(rows, columns), rows, columns, cell);
    }

    private static void CheckLimit(int limit, string name)
    {
        if (limit < 1)
        {
            throw new ArgumentOutOfRangeException(
                name,
                limit,
                $"Visualize({name}: {limit}): {name} must be at least 1.");
        }
    }

    private string VisualizeHeader(int[] rows, int[] columns)
    {
        var hidden = new List<string>();
        var shownRows = PixelTable.CountShown(rows);
        var shownColumns = PixelTable.CountShown(columns);
        if (shownRows < Height)
        {
            hidden.Add(string.Create(CultureInfo.InvariantCulture, $"{shownRows} of {Height} rows"));
        }

        if (shownColumns < Width)
        {
            hidden.Add(string.Create(CultureInfo.InvariantCulture, $"{shownColumns} of {Width} columns"));
        }

        return hidden.Count == 0 ? $"Image {Shape}" : $"Image {Shape} (showing {string.Join(" and ", hidden)})";
    }
}
