namespace Labs.Imaging;

/// <summary>What went wrong when an image file could not be loaded or saved; see <see cref="ImageFileException.Problem"/>.</summary>
public enum ImageFileProblem
{
    /// <summary>The file does not exist (check the path and the current folder).</summary>
    Missing,

    /// <summary>The file exists but holds 0 bytes.</summary>
    Empty,

    /// <summary>The file stops before the image is complete, e.g. an interrupted download or copy.</summary>
    Truncated,

    /// <summary>The file is complete but its contents are damaged, or it is not really the image its name claims.</summary>
    Corrupt,

    /// <summary>
    /// The format is not one Labs.Imaging reads or writes (only PNG, JPEG, BMP, TIFF and PGM are),
    /// or the format cannot hold this image (16 bits in a JPEG or BMP, colour in a PGM).
    /// </summary>
    UnsupportedFormat,

    /// <summary>The file's header announces more pixels than the limit <see cref="ImageLoadOptions.MaxPixels"/>.</summary>
    TooLarge,

    /// <summary>The file exists but could not be read: it is a folder, access is denied, or another program has it locked.</summary>
    CannotRead,

    /// <summary>The file could not be written: the folder is read-only, access is denied, or another program has it open.</summary>
    CannotWrite,
}
