using System.Runtime.CompilerServices;

namespace Labs.Imaging;

/// <summary>
/// A grayscale or RGB image whose pixels are <see cref="double"/> values, for writing image-processing algorithms pixel by pixel.
/// </summary>
/// <remarks>
/// <para>Coordinates are <c>(x, y)</c>: <c>x</c> is the column (0 at the left), <c>y</c> the row (0 at the top).
/// Two-dimensional arrays are indexed <c>[row, column]</c>, i.e. <c>[y, x]</c>, as in NumPy.</para>
/// <para>Pixel values are not limited to [0, 255]: negative values, fractions, NaN and ±Infinity are kept as they are.</para>
/// </remarks>
/// <example>
/// <code>
/// var image = new Image(4, 3);             // 4 wide, 3 high, all zeros
/// image.SetPixel(1, 2, 10);                // column 1, row 2
/// double v = image.GetPixel(-1, 0, BoundaryCondition.Mirror); // read outside the image
/// Console.WriteLine(image.Visualize());
/// </code>
/// </example>
public sealed partial class Image
{
    // Planar storage: channel c, row y, column x lives at (c * Height + y) * Width + x.
    private readonly double[] _data;

    /// <summary>Creates a grayscale image of the given size, every pixel set to <paramref name="fill"/>.</summary>
    /// <param name="width">Number of columns (at least 1).</param>
    /// <param name="height">Number of rows (at least 1).</param>
    /// <param name="fill">The value of every pixel.</param>
    public Image(int width, int height, double fill = 0)
        : this(width, height, 1)
    {
        if (fill != 0)
        {
            Array.Fill(_data, fill);
        }
    }

    private Image(int width, int height, int channels)
    {
        CheckSize(width, height, channels);
        Width = width;
        Height = height;
        Channels = channels;
        _data = new double[(long)width * height * channels];
    }

    private Image(int width, int height, int channels, double[] data)
    {
        Width = width;
        Height = height;
        Channels = channels;
        _data = data;
    }

    /// <summary>Number of columns.</summary>
    public int Width { get; }

    /// <summary>Number of rows.</summary>
    public int Height { get; }

    /// <summary>Number of colour channels: 1 for grayscale, 3 for RGB.</summary>
    public int Channels { get; }

    /// <summary>True for an RGB image (3 channels), false for grayscale.</summary>
    public bool IsRgb => Channels == 3;

    /// <summary>The size of the image, e.g. <c>64×48</c> or <c>64×48 RGB</c>.</summary>
    public ImageShape Shape => new(Width, Height, Channels);

    /// <summary>Number of pixels (width × height), not counting channels.</summary>
    public int PixelCount => Width * Height;

    /// <summary>The raw pixel storage, for fast library code. Planar: channel, then row, then column.</summary>
    internal double[] Data => _data;

    /// <summary>Reads or writes a grayscale pixel; the same as <see cref="GetPixel(int, int)"/> and <see cref="SetPixel(int, int, double)"/>.</summary>
    /// <param name="x">Column, from 0 to Width − 1.</param>
    /// <param name="y">Row, from 0 to Height − 1.</param>
    public double this[int x, int y]
    {
        get => GetPixel(x, y);
        set => SetPixel(x, y, value);
    }

    /// <summary>Creates an RGB image of the given size, every pixel set to <paramref name="fill"/>.</summary>
    /// <param name="width">Number of columns (at least 1).</param>
    /// <param name="height">Number of rows (at least 1).</param>
    /// <param name="fill">The colour of every pixel.</param>
    public static Image CreateRgb(int width, int height, Rgb fill = default)
    {
        var image = new Image(width, height, 3);
        var plane = image.PixelCount;
        Array.Fill(image._data, fill.R, 0, plane);
        Array.Fill(image._data, fill.G, plane, plane);
        Array.Fill(image._data, fill.B, 2 * plane, plane);
        return image;
    }

    /// <summary>Creates a grayscale image from a 2-D array indexed <c>[row, column]</c> (that is <c>[y, x]</c>).</summary>
    /// <param name="pixels">The pixel values; the array is copied.</param>
    /// <example><code>var image = Image.FromArray(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }); // 3 wide, 2 high</code></example>
    public static Image FromArray(double[,] pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        var image = new Image(pixels.GetLength(1), pixels.GetLength(0), 1);
        var i = 0;
        foreach (var v in pixels)
        {
            image._data[i++] = v;
        }

        return image;
    }

    /// <summary>Creates an image from a 3-D array indexed <c>[row, column, channel]</c>, with 1 (grayscale) or 3 (RGB) channels.</summary>
    /// <param name="pixels">The pixel values; the array is copied.</param>
    public static Image FromArray(double[,,] pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        int height = pixels.GetLength(0), width = pixels.GetLength(1), channels = pixels.GetLength(2);
        if (channels is not (1 or 3))
        {
            throw new ArgumentException(
                $"Image.FromArray expects 1 channel (grayscale) or 3 channels (RGB) in the last dimension, but the array has {channels}.",
                nameof(pixels));
        }

        var image = new Image(width, height, channels);
        for (var c = 0; c < channels; c++)
        {
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    image._data[image.Index(x, y, c)] = pixels[y, x, c];
                }
            }
        }

        return image;
    }

    /// <summary>Creates a grayscale image from its rows, top row first. All rows must have the same length.</summary>
    /// <param name="rows">One array per row.</param>
    /// <example><code>var image = Image.FromRows([1, 2, 3], [4, 5, 6]); // 3 wide, 2 high</code></example>
    public static Image FromRows(params double[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Length == 0)
        {
            throw new ArgumentException("Image.FromRows needs at least one row.", nameof(rows));
        }

        var width = rows[0]?.Length ?? 0;
        for (var y = 0; y < rows.Length; y++)
        {
            if (rows[y] is null || rows[y].Length != width)
            {
                throw new ArgumentException(
                    $"Image.FromRows needs rows of equal length: row 0 has {width} values but row {y} has {rows[y]?.Length ?? 0}.",
                    nameof(rows));
            }
        }

        var image = new Image(width, rows.Length, 1);
        for (var y = 0; y < rows.Length; y++)
        {
            rows[y].CopyTo(image._data, y * width);
        }

        return image;
    }

    /// <summary>Creates an RGB image from three grayscale images of the same size.</summary>
    /// <param name="red">The red channel.</param>
    /// <param name="green">The green channel.</param>
    /// <param name="blue">The blue channel.</param>
    public static Image FromChannels(Image red, Image green, Image blue)
    {
        ArgumentNullException.ThrowIfNull(red);
        ArgumentNullException.ThrowIfNull(green);
        ArgumentNullException.ThrowIfNull(blue);
        foreach (var (channel, name) in new[] { (red, nameof(red)), (green, nameof(green)), (blue, nameof(blue)) })
        {
            if (channel.IsRgb || channel.Width != red.Width || channel.Height != red.Height)
            {
                throw new ArgumentException(
                    $"Image.FromChannels needs three grayscale images of the same size; red is {red.Shape} but {name} is {channel.Shape}.",
                    name);
            }
        }

        var image = new Image(red.Width, red.Height, 3);
        var plane = image.PixelCount;
        red._data.CopyTo(image._data, 0);
        green._data.CopyTo(image._data, plane);
        blue._data.CopyTo(image._data, 2 * plane);
        return image;
    }

    /// <summary>Returns an independent copy: changing the copy never changes this image.</summary>
    public Image Clone() => new(Width, Height, Channels, (double[])_data.Clone());

    /// <summary>Reads the grayscale pixel at column <paramref name="x"/>, row <paramref name="y"/>.</summary>
    /// <param name="x">Column, from 0 to Width − 1.</param>
    /// <param name="y">Row, from 0 to Height − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the image; use <see cref="GetPixel(int, int, BoundaryCondition)"/> to read there.</exception>
    public double GetPixel(int x, int y)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height || Channels != 1)
        {
            throw BadAccess(nameof(GetPixel), x, y);
        }

        return _data[(y * Width) + x];
    }

    /// <summary>
    /// Reads the grayscale pixel at (<paramref name="x"/>, <paramref name="y"/>), which may lie outside the image:
    /// there the image is extended by <paramref name="condition"/>.
    /// </summary>
    /// <param name="x">Column; any value, even far outside the image.</param>
    /// <param name="y">Row; any value, even far outside the image.</param>
    /// <param name="condition">How the image continues beyond its edges.</param>
    /// <example>
    /// <code>
    /// var row = Image.FromRows([10, 20, 30, 40]);
    /// row.GetPixel(-1, 0, BoundaryCondition.Mirror);    // 20 (d c b | a b c d)
    /// row.GetPixel(-1, 0, BoundaryCondition.Symmetric); // 10 (c b a | a b c d)
    /// row.GetPixel(4, 0, BoundaryCondition.Zero);       // 0
    /// </code>
    /// </example>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double GetPixel(int x, int y, BoundaryCondition condition)
    {
        if (Channels != 1)
        {
            throw NotGrayscale(nameof(GetPixel));
        }

        // No method call on this path: a call, even a rare one, makes the JIT keep a caller's running sum in memory.
        var fx = Boundary.Fold(x, Width, condition);
        var fy = Boundary.Fold(y, Height, condition);
        return (fx | fy) < 0 ? 0 : _data[(fy * Width) + fx];
    }

    /// <summary>Writes the grayscale pixel at column <paramref name="x"/>, row <paramref name="y"/>.</summary>
    /// <param name="x">Column, from 0 to Width − 1.</param>
    /// <param name="y">Row, from 0 to Height − 1.</param>
    /// <param name="value">The new value; any double, including NaN.</param>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the image.</exception>
    public void SetPixel(int x, int y, double value)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height || Channels != 1)
        {
            throw BadAccess(nameof(SetPixel), x, y);
        }

        _data[(y * Width) + x] = value;
    }

    /// <summary>Reads the colour of an RGB pixel.</summary>
    /// <param name="x">Column, from 0 to Width − 1.</param>
    /// <param name="y">Row, from 0 to Height − 1.</param>
    public Rgb GetRgb(int x, int y)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height || Channels != 3)
        {
            throw BadAccess(nameof(GetRgb), x, y);
        }

        var i = (y * Width) + x;
        var plane = PixelCount;
        return new Rgb(_data[i], _data[i + plane], _data[i + (2 * plane)]);
    }

    /// <summary>Writes the colour of an RGB pixel.</summary>
    /// <param name="x">Column, from 0 to Width − 1.</param>
    /// <param name="y">Row, from 0 to Height − 1.</param>
    /// <param name="value">The new colour.</param>
    public void SetRgb(int x, int y, Rgb value)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height || Channels != 3)
        {
            throw BadAccess(nameof(SetRgb), x, y);
        }

        var i = (y * Width) + x;
        var plane = PixelCount;
        _data[i] = value.R;
        _data[i + plane] = value.G;
        _data[i + (2 * plane)] = value.B;
    }

    /// <summary>Returns one channel as a new grayscale image (a copy). For a grayscale image, channel 0 is a copy of the image.</summary>
    /// <param name="channel">0 for red (or gray), 1 for green, 2 for blue.</param>
    public Image GetChannel(int channel)
    {
        if ((uint)channel >= (uint)Channels)
        {
            throw new ArgumentOutOfRangeException(
                nameof(channel),
                channel,
                $"GetChannel({channel}): this {Shape} image has channels 0 to {Channels - 1}.");
        }

        var plane = new double[PixelCount];
        Array.Copy(_data, channel * PixelCount, plane, 0, PixelCount);
        return new Image(Width, Height, 1, plane);
    }

    /// <summary>Copies a grayscale image into a new 2-D array indexed <c>[row, column]</c> (that is <c>[y, x]</c>).</summary>
    public double[,] ToArray()
    {
        RequireGrayscale(nameof(ToArray));
        var result = new double[Height, Width];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                result[y, x] = _data[(y * Width) + x];
            }
        }

        return result;
    }

    /// <summary>Copies the image into a new 3-D array indexed <c>[row, column, channel]</c>.</summary>
    public double[,,] ToArray3D()
    {
        var result = new double[Height, Width, Channels];
        for (var c = 0; c < Channels; c++)
        {
            for (var y = 0; y < Height; y++)
            {
                for (var x = 0; x < Width; x++)
                {
                    result[y, x, c] = _data[Index(x, y, c)];
                }
            }
        }

        return result;
    }

    /// <summary>A short description such as <c>Image 64×48</c>; use <c>Visualize()</c> to see the pixels.</summary>
    public override string ToString() => $"Image {Shape}";

    /// <summary>Position of a pixel in <see cref="Data"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Index(int x, int y, int channel) => (((channel * Height) + y) * Width) + x;

    /// <summary>Reads channel <paramref name="channel"/> at any position, extended by <paramref name="condition"/>.</summary>
    internal double GetValue(int x, int y, int channel, BoundaryCondition condition)
    {
        if ((uint)x < (uint)Width && (uint)y < (uint)Height)
        {
            return _data[Index(x, y, channel)];
        }

        var fx = Boundary.Fold(x, Width, condition);
        var fy = Boundary.Fold(y, Height, condition);
        return fx < 0 || fy < 0 ? 0 : _data[Index(fx, fy, channel)];
    }

    /// <summary>Creates an image around existing storage (no copy). For library code only.</summary>
    internal static Image Wrap(int width, int height, int channels, double[] data)
    {
        CheckSize(width, height, channels);
        if (data.Length != (long)width * height * channels)
        {
            throw new ArgumentException("Pixel storage has the wrong length.", nameof(data));
        }

        return new Image(width, height, channels, data);
    }

    /// <summary>Creates an image of the given size and channel count, all zeros. For library code only.</summary>
    internal static Image Create(int width, int height, int channels) => new(width, height, channels);

    internal void RequireGrayscale(string method)
    {
        if (Channels != 1)
        {
            throw NotGrayscale(method);
        }
    }

    private static void CheckSize(int width, int height, int channels)
    {
        if (width < 1 || height < 1)
        {
            throw new ArgumentOutOfRangeException(
                width < 1 ? nameof(width) : nameof(height),
                $"An image needs at least 1×1 pixels, but {width}×{height} was asked for.");
        }

        if ((long)width * height * channels > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(width),
                $"An image of {width}×{height} with {channels} channel(s) is too large to hold in memory.");
        }
    }

    // The exception builders below return their exception and the caller throws it. A `throw` in the caller tells the
    // JIT that the path never returns, so a student's loop around GetPixel/SetPixel keeps its running sum in a register.
    private InvalidOperationException NotGrayscale(string method) =>
        new($"{method} works on grayscale images, but this image is RGB ({Shape}). Use GetChannel(0), GetChannel(1) or GetChannel(2) to work on one colour channel.");

    private Exception BadAccess(string method, int x, int y)
    {
        if (method is nameof(GetPixel) or nameof(SetPixel) && Channels != 1)
        {
            return new InvalidOperationException(
                $"{method}(x, y) works on grayscale images, but this image is RGB ({Shape}). Use GetRgb/SetRgb, or GetChannel(c) to work on one colour channel.");
        }

        if (method is nameof(GetRgb) or nameof(SetRgb) && Channels != 3)
        {
            return new InvalidOperationException(
                $"{method}(x, y) works on RGB images, but this image is grayscale ({Shape}). Use GetPixel/SetPixel instead.");
        }

        var hint = method.StartsWith("Get", StringComparison.Ordinal)
            ? " To read outside the image, pass a boundary condition: GetPixel(x, y, BoundaryCondition.Mirror)."
            : string.Empty;
        return new ArgumentOutOfRangeException(
            (uint)x >= (uint)Width ? nameof(x) : nameof(y),
            $"{method}(x: {x}, y: {y}) is outside the {Width}×{Height} image: x must be in 0..{Width - 1} and y in 0..{Height - 1}.{hint}");
    }
}
