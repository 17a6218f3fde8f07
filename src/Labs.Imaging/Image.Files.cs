namespace Labs.Imaging;

/// <summary>Loading and saving image files; see <see cref="ImageFile"/> for the formats and the rules.</summary>
public sealed partial class Image
{
    /// <summary>Loads an image file (PNG, JPEG, BMP, TIFF or PGM); the same as <see cref="ImageFile.Load(string)"/>.</summary>
    /// <param name="path">The file's path, absolute or relative to the current folder, e.g. <c>images/cat.png</c>.</param>
    /// <returns>A grayscale or RGB image with values 0..255 (8-bit files) or 0..65535 (16-bit files).</returns>
    /// <exception cref="ImageFileException">The file is missing, empty, truncated, corrupt, in another format or too large.</exception>
    /// <example><code>var image = Image.Load("images/camera.png");</code></example>
    public static Image Load(string path) => ImageFile.Load(path);

    /// <summary>
    /// Saves this image as an 8-bit file whose format follows the extension; the same as <see cref="ImageFile.Save(Image, string)"/>.
    /// Values are rounded and clipped to 0..255, NaN is saved as 0.
    /// </summary>
    /// <param name="path">Where to save, e.g. <c>output/result.png</c>; missing folders are created.</param>
    /// <exception cref="ImageFileException">The extension is not supported, or the file cannot be written.</exception>
    /// <example><code>result.Save("output/result.png");</code></example>
    public void Save(string path) => ImageFile.Save(this, path);
}
