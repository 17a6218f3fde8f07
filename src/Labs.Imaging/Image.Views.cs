using System.Globalization;

namespace Labs.Imaging;

/// <content>Rows, columns, neighbourhoods and sub-images as views, and writing rows, columns and sub-images back.</content>
public sealed partial class Image
{
    /// <summary>
    /// Returns row <paramref name="y"/> as a <see cref="LineView"/>: <c>row[x]</c> is the pixel (x, y).
    /// Nothing is copied; later changes to the image are seen through the view.
    /// </summary>
    /// <param name="y">The row; may lie outside the image, then it is folded back by <paramref name="condition"/>
    /// (under <see cref="BoundaryCondition.Zero"/> a row outside the image is all zeros).</param>
    /// <param name="condition">How the row continues beyond its ends when you read <c>row[-1]</c> or <c>row[Width]</c>.
    /// The default, <see cref="BoundaryCondition.Mirror"/>, is the course default.</param>
    /// <exception cref="InvalidOperationException">The image is RGB; call <see cref="GetChannel(int)"/> first.</exception>
    /// <example>
    /// <code>
    /// var row = image.GetRow(3);
    /// for (var x = 0; x &lt; row.Length; x++)
    /// {
    ///     smoothed[x, 3] = (row[x - 1] + row[x] + row[x + 1]) / 3; // row[-1] and row[Width] are mirrored
    /// }
    /// </code>
    /// </example>
    public LineView GetRow(int y, BoundaryCondition condition = BoundaryCondition.Mirror)
    {
        RequireGrayscale(nameof(GetRow));
        CheckCondition(nameof(GetRow), condition);
        return new LineView(this, isColumn: false, y, condition);
    }

    /// <summary>
    /// Returns column <paramref name="x"/> as a <see cref="LineView"/>: <c>column[y]</c> is the pixel (x, y).
    /// Nothing is copied; later changes to the image are seen through the view.
    /// </summary>
    /// <param name="x">The column; may lie outside the image, then it is folded back by <paramref name="condition"/>
    /// (under <see cref="BoundaryCondition.Zero"/> a column outside the image is all zeros).</param>
    /// <param name="condition">How the column continues beyond its ends when you read <c>column[-1]</c> or <c>column[Height]</c>.
    /// The default, <see cref="BoundaryCondition.Mirror"/>, is the course default.</param>
    /// <exception cref="InvalidOperationException">The image is RGB; call <see cref="GetChannel(int)"/> first.</exception>
    /// <example><code>double above = image.GetColumn(5)[y - 1]; // the pixel (5, y − 1), mirrored at the top edge</code></example>
    public LineView GetColumn(int x, BoundaryCondition condition = BoundaryCondition.Mirror)
    {
        RequireGrayscale(nameof(GetColumn));
        CheckCondition(nameof(GetColumn), condition);
        return new LineView(this, isColumn: true, x, condition);
    }

    /// <summary>
    /// Returns the <paramref name="size"/>×<paramref name="size"/> neighbourhood of pixel (<paramref name="x"/>, <paramref name="y"/>)
    /// as an <see cref="ImageView"/> whose centre index is <c>size / 2</c>, as in scipy.ndimage.
    /// </summary>
    /// <param name="x">Column of the centre pixel (any value; parts outside the image are read through <paramref name="condition"/>).</param>
    /// <param name="y">Row of the centre pixel (any value).</param>
    /// <param name="size">Width and height of the neighbourhood, at least 1. Even sizes are allowed; see the remarks.</param>
    /// <param name="condition">How the image continues beyond its edges. The default, <see cref="BoundaryCondition.Mirror"/>, is the course default.</param>
    /// <remarks>
    /// <para>The pixel (x, y) is at <c>neighbourhood[size / 2, size / 2]</c> (integer division). For an odd size the
    /// window is symmetric; for an even size it reaches one pixel further to the left and top than to the right and
    /// bottom, exactly like scipy.ndimage's filters:</para>
    /// <code>
    /// size 3:  x−1  x  x+1           index 0 1 2,      centre index 1
    /// size 5:  x−2 x−1  x  x+1 x+2   index 0 1 2 3 4,  centre index 2
    /// size 2:  x−1  x                index 0 1,        centre index 1
    /// size 4:  x−2 x−1  x  x+1       index 0 1 2 3,    centre index 2
    /// </code>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The image is RGB; call <see cref="GetChannel(int)"/> first.</exception>
    /// <example>
    /// <code>
    /// var n = image.GetNeighbourhood(0, 0, 3);  // the top-left corner, mirrored outside
    /// double centre = n[1, 1];                   // the pixel (0, 0)
    /// double leftOfIt = n[0, 1];                 // the pixel (-1, 0), which Mirror reads as (1, 0)
    /// </code>
    /// </example>
    public ImageView GetNeighbourhood(int x, int y, int size, BoundaryCondition condition = BoundaryCondition.Mirror)
    {
        RequireGrayscale(nameof(GetNeighbourhood));
        if (size < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(size),
                Invariant($"GetNeighbourhood(x: {x}, y: {y}, size: {size}): size must be at least 1 (3 gives a 3×3 neighbourhood)."));
        }

        return Neighbourhood(nameof(GetNeighbourhood), x, y, size, size, condition);
    }

    /// <summary>
    /// Returns the <paramref name="width"/>×<paramref name="height"/> neighbourhood of pixel (<paramref name="x"/>, <paramref name="y"/>)
    /// as an <see cref="ImageView"/>; the pixel (x, y) is at <c>neighbourhood[width / 2, height / 2]</c>, as in scipy.ndimage.
    /// </summary>
    /// <param name="x">Column of the centre pixel (any value; parts outside the image are read through <paramref name="condition"/>).</param>
    /// <param name="y">Row of the centre pixel (any value).</param>
    /// <param name="width">Number of columns, at least 1. The window covers columns <c>x − width / 2</c> to <c>x − width / 2 + width − 1</c>.</param>
    /// <param name="height">Number of rows, at least 1. The window covers rows <c>y − height / 2</c> to <c>y − height / 2 + height − 1</c>.</param>
    /// <param name="condition">How the image continues beyond its edges. The default, <see cref="BoundaryCondition.Mirror"/>, is the course default.</param>
    /// <remarks>
    /// A 4×3 neighbourhood of (x, y); <c>C</c> marks the pixel (x, y) at index [2, 1]:
    /// <code>
    ///            x−2  x−1   x   x+1
    ///   y−1    [0,0][1,0][2,0][3,0]
    ///   y      [0,1][1,1][ C ][3,1]
    ///   y+1    [0,2][1,2][2,2][3,2]
    /// </code>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The image is RGB; call <see cref="GetChannel(int)"/> first.</exception>
    public ImageView GetNeighbourhood(int x, int y, int width, int height, BoundaryCondition condition = BoundaryCondition.Mirror)
    {
        RequireGrayscale(nameof(GetNeighbourhood));
        if (width < 1 || height < 1)
        {
            throw new ArgumentOutOfRangeException(
                width < 1 ? nameof(width) : nameof(height),
                Invariant($"GetNeighbourhood(x: {x}, y: {y}, width: {width}, height: {height}): width and height must be at least 1."));
        }

        return Neighbourhood(nameof(GetNeighbourhood), x, y, width, height, condition);
    }

    /// <summary>
    /// Returns the rectangle with top-left corner (<paramref name="left"/>, <paramref name="top"/>) as an <see cref="ImageView"/>:
    /// <c>view[0, 0]</c> is the pixel (left, top). Nothing is copied; call <see cref="ImageView.ToImage"/> for a copy.
    /// </summary>
    /// <param name="left">Image column of the rectangle's left edge; may be negative.</param>
    /// <param name="top">Image row of the rectangle's top edge; may be negative.</param>
    /// <param name="width">Number of columns, at least 1.</param>
    /// <param name="height">Number of rows, at least 1.</param>
    /// <param name="condition">How the image continues where the rectangle sticks out of it.
    /// The default, <see cref="BoundaryCondition.Mirror"/>, is the course default; it does not matter for a rectangle inside the image.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The image is RGB; call <see cref="GetChannel(int)"/> first.</exception>
    /// <example><code>Image topLeftQuarter = image.GetSubImage(0, 0, image.Width / 2, image.Height / 2).ToImage();</code></example>
    public ImageView GetSubImage(int left, int top, int width, int height, BoundaryCondition condition = BoundaryCondition.Mirror)
    {
        RequireGrayscale(nameof(GetSubImage));
        CheckCondition(nameof(GetSubImage), condition);
        if (width < 1 || height < 1)
        {
            throw new ArgumentOutOfRangeException(
                width < 1 ? nameof(width) : nameof(height),
                Invariant($"GetSubImage(left: {left}, top: {top}, width: {width}, height: {height}): width and height must be at least 1."));
        }

        CheckWindowFits(nameof(GetSubImage), left, top, width, height);
        return new ImageView(this, left, top, width, height, condition);
    }

    /// <summary>Overwrites row <paramref name="y"/> with <paramref name="values"/>, which must hold exactly <see cref="Width"/> values.</summary>
    /// <param name="y">The row, from 0 to Height − 1.</param>
    /// <param name="values">The new pixel values, left to right; an array such as <c>row.ToArray()</c> works too.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="y"/> is outside the image.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have <see cref="Width"/> values.</exception>
    /// <exception cref="InvalidOperationException">The image is RGB.</exception>
    /// <example><code>image.PutRow(0, [1, 2, 3, 4]); // a 4-wide image</code></example>
    public void PutRow(int y, ReadOnlySpan<double> values)
    {
        RequireGrayscale(nameof(PutRow));
        if ((uint)y >= (uint)Height)
        {
            throw new ArgumentOutOfRangeException(
                nameof(y),
                Invariant($"PutRow(y: {y}, …) is outside the {Width}×{Height} image: y must be in 0..{Height - 1}."));
        }

        if (values.Length != Width)
        {
            throw new ArgumentException(
                Invariant($"PutRow(y: {y}, …) needs {Width} values (the image width) but got {values.Length}."),
                nameof(values));
        }

        values.CopyTo(_data.AsSpan(y * Width, Width));
    }

    /// <summary>Overwrites column <paramref name="x"/> with <paramref name="values"/>, which must hold exactly <see cref="Height"/> values.</summary>
    /// <param name="x">The column, from 0 to Width − 1.</param>
    /// <param name="values">The new pixel values, top to bottom; an array such as <c>column.ToArray()</c> works too.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is outside the image.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have <see cref="Height"/> values.</exception>
    /// <exception cref="InvalidOperationException">The image is RGB.</exception>
    public void PutColumn(int x, ReadOnlySpan<double> values)
    {
        RequireGrayscale(nameof(PutColumn));
        if ((uint)x >= (uint)Width)
        {
            throw new ArgumentOutOfRangeException(
                nameof(x),
                Invariant($"PutColumn(x: {x}, …) is outside the {Width}×{Height} image: x must be in 0..{Width - 1}."));
        }

        if (values.Length != Height)
        {
            throw new ArgumentException(
                Invariant($"PutColumn(x: {x}, …) needs {Height} values (the image height) but got {values.Length}."),
                nameof(values));
        }

        // Copy first, so that a column of this very image can be put back in another place safely.
        var copy = values.ToArray();
        for (var y = 0; y < Height; y++)
        {
            _data[(y * Width) + x] = copy[y];
        }
    }

    /// <summary>
    /// Copies the grayscale image <paramref name="source"/> into this image with its top-left corner at
    /// (<paramref name="left"/>, <paramref name="top"/>). The source must fit entirely inside this image.
    /// </summary>
    /// <param name="left">Column where the source's left edge goes, from 0 to Width − source.Width.</param>
    /// <param name="top">Row where the source's top edge goes, from 0 to Height − source.Height.</param>
    /// <param name="source">The pixels to copy in.</param>
    /// <exception cref="ArgumentException">The source does not fit, or is RGB.</exception>
    /// <exception cref="InvalidOperationException">This image is RGB.</exception>
    /// <example><code>canvas.PutSubImage(10, 20, patch); // patch's (0, 0) lands on canvas (10, 20)</code></example>
    public void PutSubImage(int left, int top, Image source)
    {
        ArgumentNullException.ThrowIfNull(source);
        RequireGrayscale(nameof(PutSubImage));
        if (source.Channels != 1)
        {
            throw new ArgumentException(
                Invariant($"PutSubImage needs a grayscale source image, but the source is RGB ({source.Shape}). Use source.GetChannel(c) to put one colour channel."),
                nameof(source));
        }

        var columnsFit = left >= 0 && (long)left + source.Width <= Width;
        var rowsFit = top >= 0 && (long)top + source.Height <= Height;
        if (!columnsFit || !rowsFit)
        {
            var columns = Invariant($"columns {left}..{(long)left + source.Width - 1} would be outside 0..{Width - 1}");
            var rows = Invariant($"rows {top}..{(long)top + source.Height - 1} would be outside 0..{Height - 1}");
            var problem = columnsFit ? rows : rowsFit ? columns : $"{columns} and {rows}";
            throw new ArgumentException(
                Invariant($"PutSubImage(left: {left}, top: {top}, {source.Width}×{source.Height} image) does not fit in the {Width}×{Height} image: {problem}."),
                nameof(source));
        }

        // Row by row; Array.Copy is safe even when source is this image.
        for (var y = 0; y < source.Height; y++)
        {
            Array.Copy(source._data, y * source.Width, _data, ((top + y) * Width) + left, source.Width);
        }
    }

    /// <summary>
    /// Copies the window <paramref name="source"/> into this image with its top-left corner at
    /// (<paramref name="left"/>, <paramref name="top"/>); the same as <c>PutSubImage(left, top, source.ToImage())</c>.
    /// </summary>
    /// <param name="left">Column where the window's left edge goes.</param>
    /// <param name="top">Row where the window's top edge goes.</param>
    /// <param name="source">The window to copy in; it may be a view of this very image.</param>
    /// <exception cref="ArgumentException">The window does not fit inside this image.</exception>
    /// <exception cref="InvalidOperationException">This image is RGB.</exception>
    public void PutSubImage(int left, int top, ImageView source) => PutSubImage(left, top, source.ToImage());

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void CheckCondition(string method, BoundaryCondition condition)
    {
        // The conditions are numbered 0 (Mirror) to 4 (Clamp); this check is cheaper than Enum.IsDefined.
        if ((uint)condition > (uint)BoundaryCondition.Clamp)
        {
            throw new ArgumentOutOfRangeException(
                nameof(condition),
                Invariant($"{method}: {(int)condition} is not a boundary condition; use one of Mirror, Symmetric, Periodic, Zero or Clamp."));
        }
    }

    private static void CheckWindowFits(string method, long left, long top, int width, int height)
    {
        // Window coordinates are added to Left/Top in int arithmetic, so the whole window must stay within int's range.
        if (left < int.MinValue || top < int.MinValue || left + width - 1 > int.MaxValue || top + height - 1 > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(width),
                Invariant($"{method}: a {width}×{height} window at ({left}, {top}) reaches beyond the range of int coordinates."));
        }
    }

    private ImageView Neighbourhood(string method, int x, int y, int width, int height, BoundaryCondition condition)
    {
        CheckCondition(method, condition);
        long left = (long)x - (width / 2);
        long top = (long)y - (height / 2);
        CheckWindowFits(method, left, top, width, height);
        return new ImageView(this, (int)left, (int)top, width, height, condition);
    }
}
