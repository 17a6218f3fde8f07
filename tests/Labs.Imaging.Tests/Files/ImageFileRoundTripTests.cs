namespace Labs.Imaging.Tests.Files;

/// <summary>Saving and loading again gives back the same pixels, in every format and bit depth.</summary>
public sealed class ImageFileRoundTripTests
{
    // JPEG is lossy. At quality 95 on the smooth test images below, no value moves by more than this
    // (measured: 0 for gray, 3 for RGB, where the colour conversion adds rounding).
    private const double JpegTolerance = 4;

    private static readonly ImageSaveOptions SixteenBits = new() { BitDepth = 16 };

    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [TestCase("png")]
    [TestCase("bmp")]
    [TestCase("tif")]
    [TestCase("tiff")]
    [TestCase("pgm")]
    public void Eight_bit_grayscale_comes_back_exactly(string extension)
    {
        var image = AllEightBitValues();
        var path = _folder.File($"gray.{extension}");

        ImageFile.Save(image, path);
        var loaded = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Shape, Is.EqualTo(new ImageShape(32, 8, 1)));
            Assert.That(loaded.ToArray(), Is.EqualTo(image.ToArray()));
        });
    }

    [TestCase("png")]
    [TestCase("bmp")]
    [TestCase("tif")]
    public void Eight_bit_rgb_comes_back_exactly(string extension)
    {
        var image = ColourfulImage();
        var path = _folder.File($"colour.{extension}");

        ImageFile.Save(image, path);
        var loaded = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Shape, Is.EqualTo(new ImageShape(32, 8, 3)));
            Assert.That(loaded.ToArray3D(), Is.EqualTo(image.ToArray3D()));
        });
    }

    [TestCase("jpg")]
    [TestCase("jpeg")]
    public void Jpeg_grayscale_comes_back_within_the_tolerance(string extension)
    {
        var image = SmoothGray();
        var path = _folder.File($"gray.{extension}");

        ImageFile.Save(image, path);
        var loaded = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Shape, Is.EqualTo(image.Shape));
            Assert.That(LargestDifference(loaded, image), Is.LessThanOrEqualTo(JpegTolerance));
        });
    }

    [Test]
    public void Jpeg_rgb_comes_back_within_the_tolerance()
    {
        var image = Image.FromChannels(SmoothGray(), SmoothGray(transpose: true), new Image(64, 64, 100));
        var path = _folder.File("colour.jpg");

        ImageFile.Save(image, path);
        var loaded = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Shape, Is.EqualTo(new ImageShape(64, 64, 3)));
            Assert.That(LargestDifference(loaded, image), Is.LessThanOrEqualTo(JpegTolerance));
        });
    }

    [TestCase("png")]
    [TestCase("tif")]
    [TestCase("pgm")]
    public void Sixteen_bit_grayscale_keeps_its_full_range(string extension)
    {
        // 300 and 65534 do not fit in 8 bits; 257 = 1 × 257 would be the 8-bit value 1 stretched to 16 bits.
        var image = Image.FromRows([0, 1, 2, 255, 256, 257], [300, 1000, 12345, 40000, 65534, 65535]);
        var path = _folder.File($"deep.{extension}");

        ImageFile.Save(image, path, SixteenBits);
        var loaded = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Shape, Is.EqualTo(new ImageShape(6, 2, 1)));
            Assert.That(loaded.ToArray(), Is.EqualTo(image.ToArray()));
        });
    }

    [TestCase("png")]
    [TestCase("tif")]
    public void Sixteen_bit_rgb_keeps_its_full_range(string extension)
    {
        var image = Image.FromChannels(
            Image.FromRows([0, 1, 300, 65535]),
            Image.FromRows([65535, 300, 1, 0]),
            Image.FromRows([257, 12345, 40000, 2]));
        var path = _folder.File($"deep-colour.{extension}");

        ImageFile.Save(image, path, SixteenBits);
        var loaded = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Shape, Is.EqualTo(new ImageShape(4, 1, 3)));
            Assert.That(loaded.ToArray3D(), Is.EqualTo(image.ToArray3D()));
        });
    }

    [Test]
    public void Eight_bit_pgm_holds_the_rounded_and_clipped_values_byte_for_byte()
    {
        // Rounded to nearest, halves away from zero; clipped to 0..255; NaN → 0; ±Infinity → 255 / 0.
        var image = Image.FromRows([-3, 0.4, 0.5, 1.5, 2.5, 254.49, 254.5, 300, double.NaN, double.PositiveInfinity, double.NegativeInfinity]);
        var path = _folder.File("rounded.pgm");

        ImageFile.Save(image, path);

        // Binary PGM: "P5", width, height, maximum value, one whitespace byte, then one byte per pixel.
        byte[] expected = [.. "P5\n11 1\n255\n"u8, 0, 0, 1, 2, 3, 254, 255, 255, 0, 255, 0];
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(expected));
    }

    [Test]
    public void Sixteen_bit_pgm_holds_big_endian_values_byte_for_byte()
    {
        // 300 = 0x012C, 65535 = 0xFFFF, 70000 is clipped to 65535, 1.5 rounds to 2; Netpbm stores the high byte first.
        var image = Image.FromRows([0, 1.5, 300, 70000]);
        var path = _folder.File("deep.pgm");

        ImageFile.Save(image, path, SixteenBits);

        byte[] expected = [.. "P5\n4 1\n65535\n"u8, 0x00, 0x00, 0x00, 0x02, 0x01, 0x2C, 0xFF, 0xFF];
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(expected));
    }

    [Test]
    public void Saved_png_values_are_rounded_and_clipped()
    {
        var image = Image.FromRows([-1, 0.5, 127.5, 254.6, 256, double.NaN]);
        var path = _folder.File("clipped.png");

        ImageFile.Save(image, path);

        Assert.That(ImageFile.Load(path).ToArray(), Is.EqualTo(new double[,] { { 0, 1, 128, 255, 255, 0 } }));
    }

    [Test]
    public void Saving_creates_missing_folders()
    {
        var path = Path.Combine(_folder.Path, "output", "deeper", "result.png");

        ImageFile.Save(Image.FromRows([1, 2]), path);

        Assert.That(ImageFile.Load(path).ToArray(), Is.EqualTo(new double[,] { { 1, 2 } }));
    }

    [Test]
    public void Saving_replaces_an_existing_file()
    {
        var path = _folder.File("twice.png");

        ImageFile.Save(Image.FromRows([1, 2]), path);
        ImageFile.Save(Image.FromRows([3, 4, 5]), path);

        Assert.That(ImageFile.Load(path).ToArray(), Is.EqualTo(new double[,] { { 3, 4, 5 } }));
    }

    [Test]
    public void Image_Load_and_Save_are_shortcuts_for_ImageFile()
    {
        var image = Image.FromRows([10, 20], [30, 40]);
        var path = _folder.File("shortcut.png");

        image.Save(path);

        Assert.That(Image.Load(path).ToArray(), Is.EqualTo(image.ToArray()));
    }

    [Test]
    public void Extension_case_does_not_matter()
    {
        var path = _folder.File("UPPER.PNG");

        ImageFile.Save(Image.FromRows([7]), path);

        Assert.That(ImageFile.Load(path).ToArray(), Is.EqualTo(new double[,] { { 7 } }));
    }

    [Test]
    public void EncodePng_gives_a_png_that_loads_back()
    {
        var image = ColourfulImage();

        var bytes = ImageFile.EncodePng(image);
        using var stream = new MemoryStream(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(bytes[..8], Is.EqualTo(HandMadePng.Signature));
            Assert.That(ImageFile.Load(stream, "encoded.png").ToArray3D(), Is.EqualTo(image.ToArray3D()));
        });
    }

    [Test]
    public void SavePng_writes_the_same_bytes_as_EncodePng()
    {
        var image = AllEightBitValues();
        using var stream = new MemoryStream();

        ImageFile.SavePng(image, stream);

        Assert.That(stream.ToArray(), Is.EqualTo(ImageFile.EncodePng(image)));
    }

    [Test]
    public void Load_from_a_stream_reads_from_the_current_position()
    {
        var png = ImageFile.EncodePng(Image.FromRows([5, 6]));
        using var stream = new MemoryStream([1, 2, 3, .. png]);
        stream.Position = 3;

        Assert.That(ImageFile.Load(stream, "embedded.png").ToArray(), Is.EqualTo(new double[,] { { 5, 6 } }));
    }

    // 32×8: every value 0..255 once, in order.
    private static Image AllEightBitValues()
    {
        var pixels = new double[8, 32];
        for (var v = 0; v < 256; v++)
        {
            pixels[v / 32, v % 32] = v;
        }

        return Image.FromArray(pixels);
    }

    // 32×8 RGB with unrelated channels, so a swapped or dropped channel shows.
    private static Image ColourfulImage()
    {
        var pixels = new double[8, 32, 3];
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 32; x++)
            {
                var v = (y * 32) + x;
                pixels[y, x, 0] = v;
                pixels[y, x, 1] = 255 - v;
                pixels[y, x, 2] = (v * 7) % 256;
            }
        }

        return Image.FromArray(pixels);
    }

    // 64×64 gradient from 20 to 230: smooth, so JPEG compresses it almost without loss.
    private static Image SmoothGray(bool transpose = false)
    {
        var image = new Image(64, 64);
        for (var y = 0; y < 64; y++)
        {
            for (var x = 0; x < 64; x++)
            {
                var t = transpose ? y : x;
                image[x, y] = Math.Round(20 + (210.0 * t / 63));
            }
        }

        return image;
    }

    private static double LargestDifference(Image a, Image b)
    {
        var (left, right) = (a.ToArray3D(), b.ToArray3D());
        var largest = 0.0;
        for (var y = 0; y < left.GetLength(0); y++)
        {
            for (var x = 0; x < left.GetLength(1); x++)
            {
                for (var c = 0; c < left.GetLength(2); c++)
                {
                    largest = Math.Max(largest, Math.Abs(left[y, x, c] - right[y, x, c]));
                }
            }
        }

        return largest;
    }
}
