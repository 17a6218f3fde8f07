namespace Labs.Imaging;

/// <content>Conversions of the pixel values: normalize to [0, 1], convert to 8 bits. Each returns a new image or array.</content>
public sealed partial class Image
{
    /// <summary>
    /// Returns a new image with the values stretched to [0, 1]: each value v becomes (v − min) / (max − min),
    /// so the smallest value becomes 0 and the largest 1. This image is not changed.
    /// </summary>
    /// <returns>
    /// The normalized image. A constant image (max = min) gives all zeros. NaN values stay NaN and are left out
    /// when finding min and max. An RGB image uses one min and one max over its three channels, so colours keep their balance.
    /// </returns>
    /// <exception cref="InvalidOperationException">The image contains ∞ or -∞, which cannot be stretched into [0, 1].</exception>
    /// <example><code>Image.FromRows([10, 15, 30]).Normalize(); // 0, 0.25, 1</code></example>
    public Image Normalize()
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in _data)
        {
            if (double.IsInfinity(v))
            {
                throw new InvalidOperationException(
                    "Normalize: the image contains ∞ or -∞, so it cannot be stretched to [0, 1]. "
                    + "Replace the infinite values first (for example by 0 or by the largest finite value).");
            }

            min = v < min ? v : min;
            max = v > max ? v : max;
        }

        var range = max - min;
        var result = new double[_data.Length];
        for (var i = 0; i < _data.Length; i++)
        {
            var v = _data[i];
            result[i] = double.IsNaN(v) ? double.NaN : range > 0 ? (v - min) / range : 0;
        }

        return new Image(Width, Height, Channels, result);
    }

    /// <summary>
    /// Returns a new image whose values are valid 8-bit grey levels: each value is rounded to the nearest whole number
    /// and clipped to [0, 255]. This image is not changed.
    /// </summary>
    /// <returns>
    /// The converted image. Halves round away from zero as taught at school (254.5 → 255, 0.5 → 1), unlike
    /// <c>numpy.rint</c>, which rounds halves to the even neighbour. Values below 0 (and −∞) become 0, values above 255
    /// (and +∞) become 255, and NaN becomes 0.
    /// </returns>
    /// <example><code>Image.FromRows([-3, 12.5, 254.5, 300]).To8Bit(); // 0, 13, 255, 255</code></example>
    public Image To8Bit()
    {
        var result = new double[_data.Length];
        for (var i = 0; i < _data.Length; i++)
        {
            result[i] = ToByteValue(_data[i]);
        }

        return new Image(Width, Height, Channels, result);
    }

    /// <summary>
    /// Converts a grayscale image to bytes indexed <c>[row, column]</c> (that is <c>[y, x]</c>), rounding and clipping
    /// exactly as <see cref="To8Bit"/> does. This image is not changed.
    /// </summary>
    /// <exception cref="InvalidOperationException">The image is RGB; use <see cref="ToByteArray3D"/>.</exception>
    /// <example><code>byte[,] bytes = Image.FromRows([0.4, 127.5], [-1, 999]).ToByteArray(); // { { 0, 128 }, { 0, 255 } }</code></example>
    public byte[,] ToByteArray()
    {
        if (IsRgb)
        {
            throw new InvalidOperationException(
                $"ToByteArray works on grayscale images, but this image is RGB ({Shape}). Use ToByteArray3D() for an array indexed [y, x, channel].");
        }

        var result = new byte[Height, Width];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                result[y, x] = (byte)ToByteValue(_data[(y * Width) + x]);
            }
        }

        return result;
    }

    /// <summary>
    /// Converts the image to bytes indexed <c>[row, column, channel]</c>, rounding and clipping exactly as
    /// <see cref="To8Bit"/> does. This image is not changed.
    /// </summary>
    public byte[,,] ToByteArray3D()
    {
        var result = new byte[Height, Width, Channels];
        for (var c = 0; c < Channels; c++)
        {
            for (var y = 0; y < Height; y++)
            {
                for (var x = 0; x < Width; x++)
                {
                    result[y, x, c] = (byte)ToByteValue(_data[Index(x, y, c)]);
                }
            }
        }

        return result;
    }

    /// <summary>Rounds half away from zero and clips to [0, 255]; NaN gives 0.</summary>
    internal static double ToByteValue(double value)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
        return rounded <= 0 ? 0 : Math.Min(rounded, 255);
    }
}
