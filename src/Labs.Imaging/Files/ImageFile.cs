namespace Labs.Imaging;

/// <summary>
/// Loads and saves PNG, JPEG, BMP, TIFF and PGM files. Every problem with a file (missing, empty, truncated, corrupt,
/// unsupported, too large, not writable) is reported as an <see cref="ImageFileException"/> whose message names the file,
/// the reason and the fix.
/// </summary>
/// <remarks>
/// <para><b>Values.</b> An 8-bit file loads with values 0..255 and a 16-bit file (PNG, TIFF, PGM) with values 0..65535, so
/// nothing is lost; a PGM whose maximum value is something else, e.g. 1023, loads with its values as stored (0..1023).
/// A grayscale file loads as a 1-channel image, a colour file as a 3-channel RGB image. Whether a file is grayscale is
/// read from its header; BMP files and palette images have no reliable marker, so they load as grayscale when
/// R = G = B in every pixel. Transparency (alpha) is dropped: the colour values are kept as stored, without blending them
/// with a background. Only the first image of a multi-page TIFF is read, and the orientation a camera writes into a JPEG
/// (EXIF) is not applied: you get the pixels as stored.</para>
/// <para><b>Saving.</b> The format comes from the extension (.png, .jpg, .jpeg, .bmp, .tif, .tiff, .pgm). Values are
/// rounded to the nearest whole number (halves away from zero: 2.5 → 3) and clipped to 0..255, or 0..65535 when saving with
/// 16 bits; NaN is saved as 0. A grayscale image is saved as a grayscale file, an RGB image as an RGB file. Missing folders
/// in the path are created. JPEG is lossy: the loaded values differ slightly from the saved ones.</para>
/// <para><b>Safety.</b> Before decoding any pixel, the header is read and a file announcing more than
/// <see cref="ImageLoadOptions.MaxPixels"/> pixels (default <see cref="DefaultMaxPixels"/>) is refused, so a tiny
/// "decompression bomb" cannot fill the memory.</para>
/// </remarks>
/// <example>
/// <code>
/// var image = ImageFile.Load("images/camera.png");       // 512×512 grayscale, values 0..255
/// ImageFile.Save(image, "output/copy.png");              // creates the folder "output" if needed
/// ImageFile.Save(image, "copy16.tif", new ImageSaveOptions { BitDepth = 16 }); // values 0..65535 kept
/// </code>
/// </example>
public static partial class ImageFile
{
    /// <summary>
    /// The default largest number of pixels a file may announce: 67,108,864 = 8192 × 8192 (64 megapixels).
    /// That is more than a camera or phone produces by default (a 48-megapixel photo fits), while an RGB image of this
    /// size already takes 1.5 GB as doubles; a decompression bomb typically announces far more, e.g. 100000 × 100000.
    /// </summary>
    public const long DefaultMaxPixels = 8192L * 8192;

    private static readonly ImageSaveOptions DefaultSaveOptions = new();
    private static readonly ImageLoadOptions DefaultLoadOptions = new();

    /// <summary>Loads an image file (PNG, JPEG, BMP, TIFF or PGM).</summary>
    /// <param name="path">The file's path, absolute or relative to the current folder, e.g. <c>images/cat.png</c>.</param>
    /// <returns>A grayscale or RGB image with values 0..255 (8-bit files) or 0..65535 (16-bit files).</returns>
    /// <exception cref="ImageFileException">The file is missing, empty, truncated, corrupt, in another format or too large.</exception>
    /// <example><code>var image = ImageFile.Load("images/camera.png");</code></example>
    public static Image Load(string path) => Load(path, DefaultLoadOptions);

    /// <summary>Loads an image file (PNG, JPEG, BMP, TIFF or PGM) with settings such as a larger pixel limit.</summary>
    /// <param name="path">The file's path, absolute or relative to the current folder.</param>
    /// <param name="options">Settings for loading, e.g. <see cref="ImageLoadOptions.MaxPixels"/>.</param>
    /// <returns>A grayscale or RGB image with values 0..255 (8-bit files) or 0..65535 (16-bit files).</returns>
    /// <exception cref="ImageFileException">The file is missing, empty, truncated, corrupt, in another format or too large.</exception>
    public static Image Load(string path, ImageLoadOptions options)
    {
        CheckPath(path, nameof(Load));
        ArgumentNullException.ThrowIfNull(options);
        if (Directory.Exists(path))
        {
            throw ImageFileException.IsFolder(path);
        }

        if (!File.Exists(path))
        {
            throw ImageFileException.Missing(path);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ImageFileException.CannotRead(path, e);
        }

        return Decode(bytes, path, options.MaxPixels);
    }

    /// <summary>Loads an image from a stream, e.g. an embedded resource or a download.</summary>
    /// <param name="stream">The stream holding the file's bytes; it is read to its end and not closed.</param>
    /// <param name="name">A name for the image, used in error messages, e.g. <c>cat.png</c>.</param>
    /// <returns>A grayscale or RGB image with values 0..255 (8-bit files) or 0..65535 (16-bit files).</returns>
    /// <exception cref="ImageFileException">The data is empty, truncated, corrupt, in another format or too large.</exception>
    public static Image Load(Stream stream, string name) => Load(stream, name, DefaultLoadOptions);

    /// <summary>Loads an image from a stream with settings such as a larger pixel limit.</summary>
    /// <param name="stream">The stream holding the file's bytes; it is read to its end and not closed.</param>
    /// <param name="name">A name for the image, used in error messages, e.g. <c>cat.png</c>.</param>
    /// <param name="options">Settings for loading, e.g. <see cref="ImageLoadOptions.MaxPixels"/>.</param>
    /// <returns>A grayscale or RGB image with values 0..255 (8-bit files) or 0..65535 (16-bit files).</returns>
    /// <exception cref="ImageFileException">The data is empty, truncated, corrupt, in another format or too large.</exception>
    public static Image Load(Stream stream, string name, ImageLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        byte[] bytes;
        try
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            throw ImageFileException.CannotRead(name, e);
        }

        return Decode(bytes, name, options.MaxPixels);
    }

    /// <summary>Saves an image as an 8-bit file whose format follows the extension (.png, .jpg, .jpeg, .bmp, .tif, .tiff, .pgm).</summary>
    /// <param name="image">The image to save; values are rounded and clipped to 0..255, NaN is saved as 0.</param>
    /// <param name="path">Where to save, e.g. <c>output/result.png</c>; missing folders are created, an existing file is replaced.</param>
    /// <exception cref="ImageFileException">The extension is not supported, or the file cannot be written.</exception>
    /// <example><code>ImageFile.Save(result, "output/result.png");</code></example>
    public static void Save(Image image, string path) => Save(image, path, DefaultSaveOptions);

    /// <summary>Saves an image with settings such as 16 bits per value.</summary>
    /// <param name="image">The image to save; values are rounded and clipped to 0..255 (or 0..65535 for 16 bits), NaN is saved as 0.</param>
    /// <param name="path">Where to save; the extension chooses the format. Missing folders are created, an existing file is replaced.</param>
    /// <param name="options">Settings such as <see cref="ImageSaveOptions.BitDepth"/> (16 bits: PNG, TIFF and PGM only).</param>
    /// <exception cref="ImageFileException">
    /// The extension is not supported, the format cannot hold the image (16 bits in JPEG or BMP, colour in PGM), or the
    /// file cannot be written.
    /// </exception>
    /// <example><code>ImageFile.Save(depth, "depth.png", new ImageSaveOptions { BitDepth = 16 });</code></example>
    public static void Save(Image image, string path, ImageSaveOptions options)
    {
        ArgumentNullException.ThrowIfNull(image);
        CheckPath(path, nameof(Save));
        ArgumentNullException.ThrowIfNull(options);
        var format = FileFormats.FromExtension(path) ?? throw ImageFileException.UnsupportedExtension(path);
        if (options.BitDepth == 16 && format is FileFormat.Jpeg or FileFormat.Bmp)
        {
            throw ImageFileException.EightBitsOnly(path, format);
        }

        if (format == FileFormat.Netpbm && image.IsRgb)
        {
            throw ImageFileException.GrayscaleOnly(path, image.Shape);
        }

        // Encode first, so that a failure never leaves half a file behind.
        var bytes = Encode(image, format, options);
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllBytes(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ImageFileException.CannotWrite(path, e);
        }
    }

    /// <summary>Writes an image as an 8-bit PNG into a stream, e.g. to embed it in a report.</summary>
    /// <param name="image">The image; values are rounded and clipped to 0..255, NaN is written as 0.</param>
    /// <param name="stream">Where the PNG bytes go; the stream is not closed.</param>
    public static void SavePng(Image image, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(EncodePng(image));
    }

    /// <summary>Returns the bytes of an 8-bit PNG file showing the image, e.g. to embed it in an HTML report.</summary>
    /// <param name="image">The image; values are rounded and clipped to 0..255, NaN is written as 0.</param>
    /// <returns>The complete PNG file as bytes.</returns>
    /// <example><code>var dataUri = "data:image/png;base64," + Convert.ToBase64String(ImageFile.EncodePng(image));</code></example>
    public static byte[] EncodePng(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Encode(image, FileFormat.Png, DefaultSaveOptions);
    }

    private static void CheckPath(string path, string method)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException($"ImageFile.{method} needs a file path, e.g. \"images/cat.png\", but got an empty string.", nameof(path));
        }
    }
}
