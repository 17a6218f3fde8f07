using System.Globalization;

namespace Labs.Imaging;

/// <summary>The wording of every <see cref="ImageFileException"/>, in one place so the messages stay consistent.</summary>
public sealed partial class ImageFileException
{
    private const string CheckOrReplace = "Open it in an image viewer to check it, or get a fresh copy of the file.";

    internal static ImageFileException Missing(string path) => new(
        path,
        ImageFileProblem.Missing,
        $"Cannot load '{path}': the file does not exist. Check the path; the current folder is '{Environment.CurrentDirectory}'.");

    internal static ImageFileException IsFolder(string path) => new(
        path,
        ImageFileProblem.CannotRead,
        $"Cannot load '{path}': it is a folder, not a file. Give the path of an image file, e.g. '{Path.Combine(path, "image.png")}'.");

    internal static ImageFileException CannotRead(string path, Exception cause) => new(
        path,
        ImageFileProblem.CannotRead,
        $"Cannot load '{path}': the file could not be read ({TrimPeriod(cause.Message)}). Check that you are allowed to read it and that no other program has it locked.",
        cause);

    internal static ImageFileException Empty(string path) => new(
        path,
        ImageFileProblem.Empty,
        $"Cannot load '{path}': the file is empty (0 bytes). It was probably not saved or copied completely; save or copy it again.");

    internal static ImageFileException Truncated(string path, FileFormat format, long length, Exception? cause = null) => new(
        path,
        ImageFileProblem.Truncated,
        string.Create(
            CultureInfo.InvariantCulture,
            $"Cannot load '{path}': the file is truncated: its {FileFormats.Name(format)} data stops after {length:N0} bytes, before the image is complete. It was probably not saved, copied or downloaded completely; get a complete copy of the file."),
        cause);

    internal static ImageFileException Corrupt(string path, FileFormat format, Exception cause) => new(
        path,
        ImageFileProblem.Corrupt,
        $"Cannot load '{path}': the file is corrupt: its {FileFormats.Name(format)} data is damaged ({TrimPeriod(cause.Message)}). {CheckOrReplace}",
        cause);

    internal static ImageFileException NotAnImage(string path, FileFormat expected) => new(
        path,
        ImageFileProblem.Corrupt,
        $"Cannot load '{path}': the file is corrupt: its name ends in '{Path.GetExtension(path)}' but its contents are not a {FileFormats.Name(expected)} image, nor any other image format. {CheckOrReplace}");

    internal static ImageFileException OtherFormat(string path, string formatName) => new(
        path,
        ImageFileProblem.UnsupportedFormat,
        $"Cannot load '{path}': it is a {formatName} image, which Labs.Imaging does not read. It reads {FileFormats.LoadFormats} files; convert the image to PNG with an image editor.");

    internal static ImageFileException UnknownFormat(string path) => new(
        path,
        ImageFileProblem.UnsupportedFormat,
        $"Cannot load '{path}': it is not an image file that Labs.Imaging reads. It reads {FileFormats.LoadFormats} files.");

    internal static ImageFileException TooLarge(string path, int width, int height, long maxPixels) => new(
        path,
        ImageFileProblem.TooLarge,
        string.Create(
            CultureInfo.InvariantCulture,
            $"Cannot load '{path}': its header announces {width}×{height} = {(long)width * height:N0} pixels, more than the limit of {maxPixels:N0} pixels. A small file announcing a huge image can be a decompression bomb meant to fill the memory, so nothing was decoded. If the image is genuine, raise the limit: ImageFile.Load(path, new ImageLoadOptions {{ MaxPixels = {(long)width * height} }})."));

    internal static ImageFileException UnsupportedExtension(string path)
    {
        var extension = Path.GetExtension(path);
        var reason = extension.Length == 0
            ? "the file name has no extension, so the format is unknown"
            : $"'{extension}' is not a file type Labs.Imaging writes";
        return new(
            path,
            ImageFileProblem.UnsupportedFormat,
            $"Cannot save '{path}': {reason}. End the file name with one of {FileFormats.SaveExtensions}.");
    }

    internal static ImageFileException EightBitsOnly(string path, FileFormat format) => new(
        path,
        ImageFileProblem.UnsupportedFormat,
        $"Cannot save '{path}' with 16 bits per value: {FileFormats.Name(format)} files hold 8 bits only. Save as .png, .tif or .pgm to keep 16 bits, or use BitDepth = 8.");

    internal static ImageFileException GrayscaleOnly(string path, ImageShape shape) => new(
        path,
        ImageFileProblem.UnsupportedFormat,
        $"Cannot save '{path}': PGM files hold grayscale images only, but this image is {shape}. Save it as .png, .tif, .bmp or .jpg, or save one channel with image.GetChannel(0).");

    internal static ImageFileException CannotWrite(string path, Exception cause) => new(
        path,
        ImageFileProblem.CannotWrite,
        $"Cannot save '{path}': the file could not be written ({TrimPeriod(cause.Message)}). Check that the folder is writable and that the file is not open in another program.",
        cause);

    private static string TrimPeriod(string message)
    {
        var firstLine = message.Split('\n')[0].Trim();
        return firstLine.TrimEnd('.', '!');
    }
}
