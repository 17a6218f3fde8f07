using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Labs.Imaging;

/// <summary>
/// One row or one column of a grayscale image, read in place (nothing is copied).
/// Get one with <see cref="Image.GetRow(int, BoundaryCondition)"/> or <see cref="Image.GetColumn(int, BoundaryCondition)"/>.
/// </summary>
/// <remarks>
/// <para>The indexer accepts ANY position: <c>line[-1]</c> and <c>line[Length]</c> are read through the
/// <see cref="Condition"/>, exactly like <see cref="Image.GetPixel(int, int, BoundaryCondition)"/>. So a three-tap
/// filter can be written the same way at the edges as in the middle.</para>
/// <para>The view reads the live image: a pixel changed with <c>SetPixel</c> after the view was made is seen through it.
/// Use <see cref="ToArray"/> for a copy that does not change.</para>
/// </remarks>
/// <example>
/// <code>
/// var image = Image.FromRows([10, 20, 30, 40]);
/// var row = image.GetRow(0);                    // Mirror outside:  d c b | a b c d | c b a
/// double left = row[-1];                         // 20
/// double smooth = row[0 - 1] + row[0] + row[0 + 1]; // 20 + 10 + 20 = 50
/// </code>
/// </example>
public readonly struct LineView
{
    // The value at position i (0 ≤ i < Length) is _data[_start + i * _stride]; a row has stride 1, a column stride Width.
    // A line that lies wholly outside the image under Zero uses a one-element zero array with stride 0.
    private static readonly double[] ZeroLine = [0];

    private readonly Image _image;
    private readonly double[] _data;
    private readonly int _start;
    private readonly int _stride;
    private readonly int _length;
    private readonly int _folded;
    private readonly bool _isColumn;

    internal LineView(Image image, bool isColumn, int index, BoundaryCondition condition)
    {
        _image = image;
        _isColumn = isColumn;
        Index = index;
        Condition = condition;
        _length = isColumn ? image.Height : image.Width;
        _folded = Boundary.Fold(index, isColumn ? image.Width : image.Height, condition);
        if (_folded < 0)
        {
            _data = ZeroLine;
            _start = 0;
            _stride = 0;
        }
        else
        {
            _data = image.Data;
            _start = isColumn ? _folded : _folded * image.Width;
            _stride = isColumn ? image.Width : 1;
        }
    }

    /// <summary>Number of pixels inside the image along this line: the image width for a row, the height for a column.</summary>
    public int Length => _length;

    /// <summary>Which row (for <c>GetRow</c>) or column (for <c>GetColumn</c>) this is, as you asked for it; it may lie outside the image.</summary>
    public int Index { get; }

    /// <summary>True for a column view, false for a row view.</summary>
    public bool IsColumn => _isColumn;

    /// <summary>How the line continues beyond its ends (and how <see cref="Index"/> is folded if it lies outside the image).</summary>
    public BoundaryCondition Condition { get; }

    /// <summary>
    /// Reads the value at position <paramref name="i"/> along the line: the column for a row view, the row for a column view.
    /// </summary>
    /// <param name="i">Position along the line; any value. From 0 to <see cref="Length"/> − 1 it is a pixel of the image,
    /// outside that range the value comes from the <see cref="Condition"/>.</param>
    public double this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)i < (uint)_length)
            {
                return _data[_start + (i * _stride)];
            }

            return ReadOutside(i);
        }
    }

    /// <summary>Copies the <see cref="Length"/> values inside the image into a new array (later changes to the image do not show in it).</summary>
    /// <example><code>double[] values = image.GetRow(2).ToArray();</code></example>
    public double[] ToArray()
    {
        RequireImage(nameof(ToArray));
        var values = new double[_length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _data[_start + (i * _stride)];
        }

        return values;
    }

    /// <summary>Describes the line and its first values, e.g. <c>Row 2 of the 8×8 image (Mirror outside): [1, 2, 3, …]</c>.</summary>
    public override string ToString()
    {
        if (_image is null)
        {
            return "Empty LineView (use image.GetRow(y) or image.GetColumn(x) to get one)";
        }

        var kind = _isColumn ? "Column" : "Row";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{kind} {Index}");
        if (_folded < 0)
        {
            text.Append(" (outside the image, all zeros under Zero)");
        }
        else if (_folded != Index)
        {
            text.Append(CultureInfo.InvariantCulture, $" (read as {kind.ToLowerInvariant()} {_folded} under {Condition})");
        }

        text.Append(CultureInfo.InvariantCulture, $" of the {_image.Width}×{_image.Height} image ({Condition} outside): ");
        text.Append('[');
        var shown = Math.Min(_length, ViewText.MaxValuesShown);
        for (var i = 0; i < shown; i++)
        {
            ViewText.AppendValue(text, i == 0 ? string.Empty : ", ", this[i]);
        }

        text.Append(_length > shown ? ", …]" : "]");
        return text.ToString();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private double ReadOutside(int i)
    {
        RequireImage("the indexer");
        var folded = Boundary.Fold(i, _length, Condition);
        return folded < 0 ? 0 : _data[_start + (folded * _stride)];
    }

    private void RequireImage(string member)
    {
        if (_image is null)
        {
            throw new InvalidOperationException(
                $"This LineView was never connected to an image, so {member} cannot read from it. Get a view with image.GetRow(y) or image.GetColumn(x).");
        }
    }
}
