using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tiff;
using SixLabors.ImageSharp.Formats.Tiff.Constants;
using SixLabors.ImageSharp.PixelFormats;

namespace Labs.Imaging;

/// <summary>
/// Turns pixels decoded by ImageSharp into an <see cref="Image"/> and back. Decoding always goes through 16-bit RGB
/// (<see cref="Rgb48"/>), so a 16-bit file keeps every value; the file's own metadata says whether it is grayscale and
/// whether its values are 8-bit (then divided back by 257 to 0..255) or 16-bit (kept as 0..65535).
/// </summary>
internal static class FilePixels
{
    private const double EightToSixteenBits = 257; // 255 × 257 = 65535

    private enum Colours
    {
        Gray,
        Rgb,
        AskThePixels,
    }

    public static Image ToImage(Image<Rgb48> decoded, FileFormat format)
    {
        var (colours, sixteenBits) = Describe(decoded, format);
        var gray = colours == Colours.Gray || (colours == Colours.AskThePixels && IsGrayEverywhere(decoded));
        int width = decoded.Width, height = decoded.Height, plane = width * height;
        var image = Image.Create(width, height, gray ? 1 : 3);
        var data = image.Data;
        var scale = sixteenBits ? 1 : EightToSixteenBits;
        decoded.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < width; x++)
                {
                    var i = (y * width) + x;
                    data[i] = Math.Round(row[x].R / scale);
                    if (!gray)
                    {
                        data[i + plane] = Math.Round(row[x].G / scale);
                        data[i + (2 * plane)] = Math.Round(row[x].B / scale);
                    }
                }
            }
        });
        return image;
    }

    /// <summary>
    /// Rounds a value to the nearest whole number (halves away from zero, 2.5 → 3) and clips it to 0..<paramref name="max"/>;
    /// NaN becomes 0.
    /// </summary>
    public static int Quantize(double value, int max)
    {
        if (double.IsNaN(value) || value <= 0)
        {
            return 0;
        }

        return value >= max ? max : (int)Math.Round(value, MidpointRounding.AwayFromZero);
    }

    public static Image<L8> ToL8(Image image) => Convert(image, (data, i, _) => new L8((byte)Quantize(data[i], byte.MaxValue)));

    public static Image<L16> ToL16(Image image) => Convert(image, (data, i, _) => new L16((ushort)Quantize(data[i], ushort.MaxValue)));

    public static Image<Rgb24> ToRgb24(Image image) => Convert(image, (data, i, plane) => new Rgb24(
        (byte)Quantize(data[i], byte.MaxValue),
        (byte)Quantize(data[i + plane], byte.MaxValue),
        (byte)Quantize(data[i + (2 * plane)], byte.MaxValue)));

    public static Image<Rgb48> ToRgb48(Image image) => Convert(image, (data, i, plane) => new Rgb48(
        (ushort)Quantize(data[i], ushort.MaxValue),
        (ushort)Quantize(data[i + plane], ushort.MaxValue),
        (ushort)Quantize(data[i + (2 * plane)], ushort.MaxValue)));

    // Gray or colour and 8 or 16 bits, from the metadata each format keeps. BMP and palette images have none that is
    // reliable, so for them the pixels decide: R = G = B everywhere means gray.
    private static (Colours Colours, bool SixteenBits) Describe(Image<Rgb48> decoded, FileFormat format)
    {
        switch (format)
        {
            case FileFormat.Png:
                var png = decoded.Metadata.GetPngMetadata();
                var pngColours = png.ColorType switch
                {
                    PngColorType.Grayscale or PngColorType.GrayscaleWithAlpha => Colours.Gray,
                    PngColorType.Rgb or PngColorType.RgbWithAlpha => Colours.Rgb,
                    _ => Colours.AskThePixels,
                };
                return (pngColours, png.BitDepth == PngBitDepth.Bit16);
            case FileFormat.Jpeg:
                return (decoded.Metadata.GetJpegMetadata().ColorType == JpegColorType.Luminance ? Colours.Gray : Colours.Rgb, false);
            case FileFormat.Tiff:
                var tiff = decoded.Frames.RootFrame.Metadata.GetTiffMetadata();
                var tiffColours = tiff.PhotometricInterpretation switch
                {
                    TiffPhotometricInterpretation.BlackIsZero or TiffPhotometricInterpretation.WhiteIsZero => Colours.Gray,
                    TiffPhotometricInterpretation.PaletteColor or null => Colours.AskThePixels,
                    _ => Colours.Rgb,
                };
                return (tiffColours, tiff.BitsPerSample is { Channel0: > 8 });
            default:
                return (Colours.AskThePixels, false);
        }
    }

    private static bool IsGrayEverywhere(Image<Rgb48> decoded)
    {
        var gray = true;
        decoded.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height && gray; y++)
            {
                foreach (var pixel in rows.GetRowSpan(y))
                {
                    if (pixel.R != pixel.G || pixel.G != pixel.B)
                    {
                        gray = false;
                        break;
                    }
                }
            }
        });
        return gray;
    }

    private static Image<TPixel> Convert<TPixel>(Image image, Func<double[], int, int, TPixel> pixelAt)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        int width = image.Width, height = image.Height, plane = image.PixelCount;
        var data = image.Data;
        var result = new Image<TPixel>(width, height);
        result.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < width; x++)
                {
                    row[x] = pixelAt(data, (y * width) + x, plane);
                }
            }
        });
        return result;
    }
}
