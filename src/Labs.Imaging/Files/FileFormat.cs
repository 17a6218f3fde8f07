using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Pbm;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tiff;

namespace Labs.Imaging;

/// <summary>The file formats Labs.Imaging reads and writes.</summary>
internal enum FileFormat
{
    Png,
    Jpeg,
    Bmp,
    Tiff,

    /// <summary>The Netpbm family: PGM (gray) is written; PBM, PGM and PPM are read.</summary>
    Netpbm,
}

/// <summary>Names, extensions and signatures of the supported <see cref="FileFormat"/>s.</summary>
internal static class FileFormats
{
    /// <summary>The extensions <see cref="ImageFile.Save(Image, string)"/> accepts, as listed in messages.</summary>
    public const string SaveExtensions = ".png, .jpg, .jpeg, .bmp, .tif, .tiff, .pgm";

    /// <summary>The formats <see cref="ImageFile.Load(string)"/> reads, as listed in messages.</summary>
    public const string LoadFormats = "PNG, JPEG, BMP, TIFF and PGM";

    /// <summary>The format a file name's extension asks for, or null for an unknown extension.</summary>
    public static FileFormat? FromExtension(string path) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".PNG" => FileFormat.Png,
            ".JPG" or ".JPEG" => FileFormat.Jpeg,
            ".BMP" => FileFormat.Bmp,
            ".TIF" or ".TIFF" => FileFormat.Tiff,
            ".PGM" => FileFormat.Netpbm,
            _ => null,
        };

    /// <summary>Our format for a format ImageSharp detected, or null if we do not support it (GIF, TGA, WebP, ...).</summary>
    public static FileFormat? FromImageSharp(IImageFormat format) => format switch
    {
        PngFormat => FileFormat.Png,
        JpegFormat => FileFormat.Jpeg,
        BmpFormat => FileFormat.Bmp,
        TiffFormat => FileFormat.Tiff,
        PbmFormat => FileFormat.Netpbm,
        _ => null,
    };

    /// <summary>The name students know the format by, e.g. <c>PNG</c>.</summary>
    public static string Name(FileFormat format) => format switch
    {
        FileFormat.Png => "PNG",
        FileFormat.Jpeg => "JPEG",
        FileFormat.Bmp => "BMP",
        FileFormat.Tiff => "TIFF",
        _ => "PGM",
    };

    /// <summary>
    /// True if <paramref name="file"/> begins like the format but is cut off before the end of the fixed-size start that
    /// tells the format (e.g. signature and IHDR chunk of a PNG), so that not even the format can be recognised.
    /// </summary>
    public static bool IsCutInsideHeader(FileFormat format, ReadOnlySpan<byte> file)
    {
        ReadOnlySpan<byte> png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        ReadOnlySpan<byte> jpeg = [0xFF, 0xD8, 0xFF];
        ReadOnlySpan<byte> bmp = [(byte)'B', (byte)'M'];
        ReadOnlySpan<byte> tiffIntel = [(byte)'I', (byte)'I', 42, 0];
        ReadOnlySpan<byte> tiffMotorola = [(byte)'M', (byte)'M', 0, 42];
        ReadOnlySpan<byte> netpbm = [(byte)'P'];
        return format switch
        {
            FileFormat.Png => BeginsLike(file, png, headerLength: 8 + 25),  // signature, IHDR chunk
            FileFormat.Jpeg => BeginsLike(file, jpeg, headerLength: 11),    // start of image, APP0 marker, length, "JFIF"
            FileFormat.Bmp => BeginsLike(file, bmp, headerLength: 14 + 4),  // file header, size of the info header
            FileFormat.Tiff => BeginsLike(file, tiffIntel, headerLength: 8) || BeginsLike(file, tiffMotorola, headerLength: 8),
            _ => BeginsLike(file, netpbm, headerLength: 2),                // "P5"
        };
    }

    // The file is shorter than the header and agrees with the signature as far as both go.
    private static bool BeginsLike(ReadOnlySpan<byte> file, ReadOnlySpan<byte> signature, int headerLength)
    {
        var common = Math.Min(file.Length, signature.Length);
        return file.Length < headerLength && file[..common].SequenceEqual(signature[..common]);
    }
}
