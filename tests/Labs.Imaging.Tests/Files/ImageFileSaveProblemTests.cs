namespace Labs.Imaging.Tests.Files;

/// <summary>Saving refuses what the format cannot hold, with a message naming the file, the reason and the fix.</summary>
public sealed class ImageFileSaveProblemTests
{
    private static readonly Image Gray = Image.FromRows([1, 2], [3, 4]);
    private static readonly Image Colour = Image.CreateRgb(2, 2, new Rgb(10, 20, 30));

    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Unknown_extension_lists_the_supported_ones()
    {
        var path = _folder.File("animation.gif");

        var error = SaveFails(Gray, path, new ImageSaveOptions(), ImageFileProblem.UnsupportedFormat);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot save '{path}': '.gif' is not a file type Labs.Imaging writes. End the file name with one of .png, .jpg, .jpeg, .bmp, .tif, .tiff, .pgm."));
    }

    [Test]
    public void Missing_extension_lists_the_supported_ones()
    {
        var path = _folder.File("result");

        var error = SaveFails(Gray, path, new ImageSaveOptions(), ImageFileProblem.UnsupportedFormat);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot save '{path}': the file name has no extension, so the format is unknown. End the file name with one of .png, .jpg, .jpeg, .bmp, .tif, .tiff, .pgm."));
    }

    [TestCase("photo.jpg", "JPEG")]
    [TestCase("photo.jpeg", "JPEG")]
    [TestCase("picture.bmp", "BMP")]
    public void Sixteen_bits_are_refused_where_the_format_holds_eight(string name, string format)
    {
        var path = _folder.File(name);

        var error = SaveFails(Gray, path, new ImageSaveOptions { BitDepth = 16 }, ImageFileProblem.UnsupportedFormat);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot save '{path}' with 16 bits per value: {format} files hold 8 bits only. Save as .png, .tif or .pgm to keep 16 bits, or use BitDepth = 8."));
    }

    [Test]
    public void Colour_is_refused_for_pgm()
    {
        var path = _folder.File("colour.pgm");

        var error = SaveFails(Colour, path, new ImageSaveOptions(), ImageFileProblem.UnsupportedFormat);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot save '{path}': PGM files hold grayscale images only, but this image is 2×2 RGB. Save it as .png, .tif, .bmp or .jpg, or save one channel with image.GetChannel(0)."));
    }

    [Test]
    public void A_refused_save_leaves_no_file_behind()
    {
        var path = _folder.File("refused.jpg");

        SaveFails(Gray, path, new ImageSaveOptions { BitDepth = 16 }, ImageFileProblem.UnsupportedFormat);

        Assert.That(File.Exists(path), Is.False);
    }

    [Test]
    public void A_path_through_a_file_cannot_be_written()
    {
        // A folder cannot be created where a file already is.
        var blocker = _folder.Write("blocker.txt", [1]);
        var path = Path.Combine(blocker, "result.png");

        var error = SaveFails(Gray, path, new ImageSaveOptions(), ImageFileProblem.CannotWrite);

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith($"Cannot save '{path}': the file could not be written ("));
            Assert.That(error.Message, Does.EndWith("). Check that the folder is writable and that the file is not open in another program."));
            Assert.That(error.InnerException, Is.InstanceOf<IOException>());
        });
    }

    [TestCase(0)]
    [TestCase(12)]
    [TestCase(32)]
    public void Bit_depth_must_be_8_or_16(int bitDepth)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ImageSaveOptions { BitDepth = bitDepth })!;

        Assert.That(error.Message, Does.StartWith($"ImageSaveOptions.BitDepth must be 8 or 16, but {bitDepth} was given."));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void Jpeg_quality_must_be_1_to_100(int quality)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ImageSaveOptions { JpegQuality = quality })!;

        Assert.That(error.Message, Does.StartWith($"ImageSaveOptions.JpegQuality must be in 1..100, but {quality} was given."));
    }

    [Test]
    public void Pixel_limit_must_be_positive()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ImageLoadOptions { MaxPixels = 0 })!;

        Assert.That(error.Message, Does.StartWith("ImageLoadOptions.MaxPixels must be at least 1, but 0 was given."));
    }

    [Test]
    public void Defaults_are_8_bits_quality_95_and_64_megapixels()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new ImageSaveOptions().BitDepth, Is.EqualTo(8));
            Assert.That(new ImageSaveOptions().JpegQuality, Is.EqualTo(95));
            Assert.That(new ImageLoadOptions().MaxPixels, Is.EqualTo(ImageFile.DefaultMaxPixels));
            Assert.That(ImageFile.DefaultMaxPixels, Is.EqualTo(8192L * 8192));
        });
    }

    [Test]
    public void Empty_path_is_a_programming_error()
    {
        var error = Assert.Throws<ArgumentException>(() => ImageFile.Save(Gray, " "))!;

        Assert.That(error.Message, Does.StartWith("ImageFile.Save needs a file path, e.g. \"images/cat.png\", but got an empty string."));
    }

    private static ImageFileException SaveFails(Image image, string path, ImageSaveOptions options, ImageFileProblem expected)
    {
        var error = Assert.Throws<ImageFileException>(() => ImageFile.Save(image, path, options))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Is.EqualTo(expected), error.Message);
            Assert.That(error.FilePath, Is.EqualTo(path));
        });
        return error;
    }
}
