using System.Globalization;

namespace Labs.Imaging;

/// <summary>Settings for <see cref="ImageFile.Save(Image, string, ImageSaveOptions)"/>.</summary>
/// <example>
/// <code>
/// // Keep values up to 65535 (e.g. a 16-bit microscope image) in a PNG:
/// ImageFile.Save(image, "result.png", new ImageSaveOptions { BitDepth = 16 });
/// </code>
/// </example>
public sealed class ImageSaveOptions
{
    private readonly int _bitDepth = 8;
    private readonly int _jpegQuality = 95;

    /// <summary>
    /// Bits per value in the file: 8 (values 0..255, the default) or 16 (values 0..65535; PNG, TIFF and PGM only).
    /// Values are written as they are, not stretched: a 0..255 image saved with 16 bits still holds 0..255 (and looks dark).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is neither 8 nor 16.</exception>
    public int BitDepth
    {
        get => _bitDepth;
        init
        {
            if (value is not (8 or 16))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(BitDepth),
                    value,
                    string.Create(CultureInfo.InvariantCulture, $"ImageSaveOptions.BitDepth must be 8 or 16, but {value} was given."));
            }

            _bitDepth = value;
        }
    }

    /// <summary>
    /// JPEG quality from 1 (smallest file, worst) to 100 (largest file, best); only used for .jpg and .jpeg files.
    /// The default, 95, keeps compression artefacts small enough not to disturb image-processing exercises.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..100.</exception>
    public int JpegQuality
    {
        get => _jpegQuality;
        init
        {
            if (value is < 1 or > 100)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(JpegQuality),
                    value,
                    string.Create(CultureInfo.InvariantCulture, $"ImageSaveOptions.JpegQuality must be in 1..100, but {value} was given."));
            }

            _jpegQuality = value;
        }
    }
}
