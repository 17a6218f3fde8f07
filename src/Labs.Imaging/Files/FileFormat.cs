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
    /// True if <paramref name="file"/> is shorter than the format's signature and matches its beginning, i.e. the file was
    /// cut off so early that not even the format can be recognised.
    /// </summary>
    public static bool IsCutInsideSignature(FileFormat format, ReadOnlySpan<byte> file)
    {
        ReadOnlySpan<byte> png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        ReadOnlySpan<byte> jpeg = [0xFF, 0xD8, 0xFF];
        ReadOnlySpan<byte> bmp = [(byte)'B', (byte)'M'];
        ReadOnlySpan<byte> tiffIntel = [(byte)'I', (byte)'I', 42, 0];
        ReadOnlySpan<byte> tiffMotorola = [(byte)'M', (byte)'M', 0, 42];
        return format switch
        {
            FileFormat.Png => IsShortPrefix(file, png),
            FileFormat.Jpeg => IsShortPrefix(file, jpeg),
            FileFormat.Bmp => IsShortPrefix(file, bmp),
            FileFormat.Tiff => IsShortPrefix(file, tiffIntel) || IsShortPrefix(file, tiffMotorola),
            _ => file.Length == 1 && file[0] == (byte)'P',
        };
    }

    private static bool IsShortPrefix(ReadOnlySpan<byte> file, ReadOnlySpan<byte> signature) =>
        file.Length < signature.Length && signature.StartsWith(file);
}
