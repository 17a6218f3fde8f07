using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Labs.Imaging;

/// <summary>
/// A rectangular window onto a grayscale image, read in place (nothing is copied): a neighbourhood around a pixel
/// (<see cref="Image.GetNeighbourhood(int, int, int, BoundaryCondition)"/>) or a sub-image
/// (<see cref="Image.GetSubImage(int, int, int, int, BoundaryCondition)"/>).
/// </summary>
/// <remarks>
/// <para>Inside the window you use window coordinates: <c>view[0, 0]</c> is the window's top-left corner, which is the
/// image pixel (<see cref="Left"/>, <see cref="Top"/>). The window may stick out of the image; those pixels are read
/// through the <see cref="Condition"/>.</para>
/// <para>The view reads the live image: a pixel changed with <c>SetPixel</c> after the view was made is seen through it.
/// Use <see cref="ToImage"/> for a copy that does not change.</para>
/// </remarks>
/// <example>
/// <code>
/// var n = image.GetNeighbourhood(x, y, 3, BoundaryCondition.Mirror);
/// double centre = n[1, 1];     // the pixel (x, y)
/// double average = n.Mean();   // mean of the 3×3 neighbourhood
/// </code>
/// </example>
public readonly struct ImageView
{
    private readonly Image _image;
    private readonly double[] _data;
    private readonly int _imageWidth;
    private readonly int _imageHeight;

    internal ImageView(Image image, int left, int top, int width, int height, BoundaryCondition condition)
    {
        _image = image;
        _data = image.Data;
        _imageWidth = image.Width;
        _imageHeight = image.Height;
        Left = left;
        Top = top;
        Width = width;
        Height = height;
        Condition = condition;
    }

    /// <summary>Number of columns in the window.</summary>
    public int Width { get; }

    /// <summary>Number of rows in the window.</summary>
    public int Height { get; }

    /// <summary>Image column of the window's left edge, i.e. of <c>view[0, 0]</c>; negative when the window starts left of the image.</summary>
    public int Left { get; }

    /// <summary>Image row of the window's top edge, i.e. of <c>view[0, 0]</c>; negative when the window starts above the image.</summary>
    public int Top { get; }

    /// <summary>How the image continues beyond its edges, for the parts of the window that lie outside it.</summary>
    public BoundaryCondition Condition { get; }

    /// <summary>Reads the pixel at window position (<paramref name="x"/>, <paramref name="y"/>), which is image pixel
    /// (<see cref="Left"/> + x, <see cref="Top"/> + y).</summary>
    /// <param name="x">Column inside the window, from 0 to <see cref="Width"/> − 1.</param>
    /// <param name="y">Row inside the window, from 0 to <see cref="Height"/> − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the window.</exception>
    public double this[int x, int y]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
            {
                ThrowOutsideWindow(x, y);
            }

            var ix = Left + x;
            var iy = Top + y;
            if ((uint)ix < (uint)_imageWidth && (uint)iy < (uint)_imageHeight)
            {
                return _data[(iy * _imageWidth) + ix];
            }

            return ReadOutside(ix, iy);
        }
    }

    /// <summary>Copies the window into a new grayscale image of <see cref="Width"/>×<see cref="Height"/> pixels.</summary>
    public Image ToImage()
    {
        RequireImage(nameof(ToImage));
        var copy = Image.Create(Width, Height, 1);
        var target = copy.Data;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                target[(y * Width) + x] = this[x, y];
            }
        }

        return copy;
    }

    /// <summary>The sum of all pixels in the window (pixels outside the image count with their boundary value).</summary>
    public double Sum()
    {
        RequireImage(nameof(Sum));
        var sum = 0.0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                sum += this[x, y];
            }
        }

        return sum;
    }

    /// <summary>The mean of all pixels in the window: <see cref="Sum"/> divided by <see cref="Width"/> × <see cref="Height"/>.</summary>
    public double Mean() => Sum() / ((double)Width * Height);

    /// <summary>The smallest pixel in the window; NaN if any pixel is NaN.</summary>
    public double Min()
    {
        RequireImage(nameof(Min));
        var min = double.PositiveInfinity;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                min = Math.Min(min, this[x, y]);
            }
        }

        return min;
    }

    /// <summary>The largest pixel in the window; NaN if any pixel is NaN.</summary>
    public double Max()
    {
        RequireImage(nameof(Max));
        var max = double.NegativeInfinity;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                max = Math.Max(max, this[x, y]);
            }
        }

        return max;
    }

    /// <summary>Describes the window, and lists its values when it is small, e.g.
    /// <c>3×3 window at (-1, -1) of the 8×8 image (Mirror outside): [[5, 4, 5], [2, 1, 2], [5, 4, 5]]</c>.</summary>
    public override string ToString()
    {
        if (_image is null)
        {
            return "Empty ImageView (use image.GetNeighbourhood(…) or image.GetSubImage(…) to get one)";
        }

        var text = new StringBuilder();
        text.Append(
            CultureInfo.InvariantCulture,
            $"{Width}×{Height} window at ({Left}, {Top}) of the {_imageWidth}×{_imageHeight} image ({Condition} outside)");
        if ((long)Width * Height > ViewText.MaxValuesShown * 2)
        {
            return text.ToString();
        }

        text.Append(": [");
        for (var y = 0; y < Height; y++)
        {
            text.Append(y == 0 ? "[" : ", [");
            for (var x = 0; x < Width; x++)
            {
                ViewText.AppendValue(text, x == 0 ? string.Empty : ", ", this[x, y]);
            }

            text.Append(']');
        }

        return text.Append(']').ToString();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private double ReadOutside(int imageX, int imageY)
    {
        RequireImage("the indexer");
        return _image.GetValue(imageX, imageY, 0, Condition);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutsideWindow(int x, int y)
    {
        RequireImage("the indexer");
        throw new ArgumentOutOfRangeException(
            (uint)x >= (uint)Width ? nameof(x) : nameof(y),
            string.Create(
                CultureInfo.InvariantCulture,
                $"view[x: {x}, y: {y}] is outside the {Width}×{Height} window: x must be in 0..{Width - 1} and y in 0..{Height - 1}. Window positions start at 0 at the window's top-left corner, not at the centre."));
    }

    private void RequireImage(string member)
    {
        if (_image is null)
        {
            throw new InvalidOperationException(
                $"This ImageView was never connected to an image, so {member} cannot read from it. Get a view with image.GetNeighbourhood(…) or image.GetSubImage(…).");
        }
    }
}
