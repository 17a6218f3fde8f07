using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.PixelFormats;
using FileImage = SixLabors.ImageSharp.Image;

namespace Labs.Imaging;

// Reading files: the checks on the bytes, in order, before and around decoding.
public static partial class ImageFile
{
    // Order of checks: empty → format → header (no pixels decoded yet) → pixel limit → complete file → decode.
    private static Image Decode(byte[] bytes, string name, long maxPixels)
    {
        if (bytes.Length == 0)
        {
            throw ImageFileException.Empty(name);
        }

        var format = DetectFormat(bytes, name);
        IImageInfo? info;
        try
        {
            info = FileImage.Identify(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Damaged(bytes, name, format, e);
        }

        if (info is null)
        {
            throw Damaged(bytes, name, format, new InvalidDataException("the header cannot be read"));
        }

        if ((long)info.Width * info.Height > maxPixels)
        {
            throw ImageFileException.TooLarge(name, info.Width, info.Height, maxPixels);
        }

        if (IsTruncated(format, bytes))
        {
            throw ImageFileException.Truncated(name, format, bytes.Length);
        }

        try
        {
            if (format == FileFormat.Netpbm)
            {
                return NetpbmFile.Decode(bytes);
            }

            using var decoded = FileImage.Load<Rgb48>(bytes);
            return FilePixels.ToImage(decoded, format);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Damaged(bytes, name, format, e);
        }
    }

    private static FileFormat DetectFormat(byte[] bytes, string name)
    {
        IImageFormat? detected;
        try
        {
            detected = FileImage.DetectFormat(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            detected = null;
        }

        var expected = FileFormats.FromExtension(name);
        if (detected is null)
        {
            if (expected is null)
            {
                throw ImageFileException.UnknownFormat(name);
            }

            throw FileFormats.IsCutInsideHeader(expected.Value, bytes)
                ? ImageFileException.Truncated(name, expected.Value, bytes.Length)
                : ImageFileException.NotAnImage(name, expected.Value);
        }

        return FileFormats.FromImageSharp(detected) ?? throw ImageFileException.OtherFormat(name, detected.Name);
    }

    private static ImageFileException Damaged(byte[] bytes, string name, FileFormat format, Exception cause) =>
        IsTruncated(format, bytes)
            ? ImageFileException.Truncated(name, format, bytes.Length, cause)
            : ImageFileException.Corrupt(name, format, cause);

    private static bool IsTruncated(FileFormat format, byte[] bytes) => format switch
    {
        FileFormat.Png => PngStructure.IsTruncated(bytes),
        FileFormat.Jpeg => JpegStructure.IsTruncated(bytes),
        FileFormat.Bmp => BmpStructure.IsTruncated(bytes),
        FileFormat.Tiff => TiffStructure.IsTruncated(bytes),
        _ => NetpbmFile.IsTruncated(bytes),
    };
}
