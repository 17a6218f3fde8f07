using System.Globalization;

namespace Labs.Imaging;

/// <summary>Settings for <see cref="ImageFile.Load(string, ImageLoadOptions)"/>.</summary>
/// <example>
/// <code>
/// // A 20000×10000 panorama is above the default limit of 8192×8192 pixels:
/// var panorama = ImageFile.Load("panorama.jpg", new ImageLoadOptions { MaxPixels = 20_000L * 10_000 });
/// </code>
/// </example>
public sealed class ImageLoadOptions
{
    private readonly long _maxPixels = ImageFile.DefaultMaxPixels;

    /// <summary>
    /// The largest number of pixels (width × height) a file may announce in its header; a file announcing more is refused
    /// with <see cref="ImageFileProblem.TooLarge"/> before any pixel is decoded. The default is <see cref="ImageFile.DefaultMaxPixels"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxPixels
    {
        get => _maxPixels;
        init
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(MaxPixels),
                    value,
                    string.Create(CultureInfo.InvariantCulture, $"ImageLoadOptions.MaxPixels must be at least 1, but {value} was given."));
            }

            _maxPixels = value;
        }
    }
}
