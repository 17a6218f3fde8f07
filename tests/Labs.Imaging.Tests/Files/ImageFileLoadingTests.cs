using System.Buffers.Binary;

namespace Labs.Imaging.Tests.Files;

/// <summary>
/// Loading files made independently of the code under test (byte by byte from the format specifications): values,
/// channels and the decision between grayscale and colour.
/// </summary>
public sealed class ImageFileLoadingTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Hand_made_png_checksum_matches_the_specification()
    {
        // Every PNG ends with the same 12 bytes: length 0, "IEND", CRC-32 AE 42 60 82.
        Assert.That(HandMadePng.End(), Is.EqualTo(new byte[] { 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 }));
    }

    [Test]
    public void Sixteen_bit_gray_png_loads_with_its_full_range()
    {
        ushort[] values = [0, 1, 300, 65535];
        var row = new byte[8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(row.AsSpan(2 * i), values[i]); // PNG stores the high byte first
        }

        var path = _folder.Write("deep.png", HandMadePng.File(4, 1, 16, HandMadePng.Gray, [row]));

        var image = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(image.Shape, Is.EqualTo(new ImageShape(4, 1, 1)));
            Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 0, 1, 300, 65535 } }));
        });
    }

    [Test]
    public void Eight_bit_gray_png_loads_with_values_0_to_255()
    {
        var path = _folder.Write("gray.png", HandMadePng.File(3, 2, 8, HandMadePng.Gray, [[0, 1, 2], [128, 254, 255]]));

        var image = ImageFile.Load(path);

        Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 0, 1, 2 }, { 128, 254, 255 } }));
    }

    [Test]
    public void Rgb_png_whose_pixels_are_all_gray_still_loads_as_rgb()
    {
        // The file says RGB, so the image is RGB, even though R = G = B everywhere.
        var path = _folder.Write("gray-rgb.png", HandMadePng.File(2, 1, 8, HandMadePng.Rgb, [[7, 7, 7, 9, 9, 9]]));

        var image = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(image.Shape, Is.EqualTo(new ImageShape(2, 1, 3)));
            Assert.That(image.GetRgb(1, 0), Is.EqualTo(new Rgb(9, 9, 9)));
        });
    }

    [Test]
    public void Alpha_is_dropped_and_the_colour_kept_as_stored()
    {
        // Pixel 0 is fully transparent, pixel 1 half transparent: their colours are not blended with any background.
        var path = _folder.Write("alpha.png", HandMadePng.File(2, 1, 8, HandMadePng.RgbAlpha, [[200, 100, 50, 0, 10, 20, 30, 128]]));

        var image = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(image.Shape, Is.EqualTo(new ImageShape(2, 1, 3)));
            Assert.That(image.GetRgb(0, 0), Is.EqualTo(new Rgb(200, 100, 50)));
            Assert.That(image.GetRgb(1, 0), Is.EqualTo(new Rgb(10, 20, 30)));
        });
    }

    [Test]
    public void Palette_png_with_gray_colours_loads_as_grayscale()
    {
        byte[] palette = [0, 0, 0, 100, 100, 100, 255, 255, 255];
        var path = _folder.Write("palette-gray.png", HandMadePng.File(3, 1, 8, HandMadePng.Palette, [[2, 1, 0]], palette: palette));

        var image = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(image.Shape, Is.EqualTo(new ImageShape(3, 1, 1)));
            Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 255, 100, 0 } }));
        });
    }

    [Test]
    public void Palette_png_with_a_colour_loads_as_rgb()
    {
        byte[] palette = [0, 0, 0, 255, 0, 0];
        var path = _folder.Write("palette-colour.png", HandMadePng.File(2, 1, 8, HandMadePng.Palette, [[0, 1]], palette: palette));

        var image = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(image.Shape, Is.EqualTo(new ImageShape(2, 1, 3)));
            Assert.That(image.GetRgb(1, 0), Is.EqualTo(new Rgb(255, 0, 0)));
        });
    }

    [Test]
    public void Bmp_is_grayscale_when_red_green_and_blue_agree_everywhere()
    {
        // BMP has no reliable gray marker: an RGB image with R = G = B saved as BMP loads as grayscale.
        var path = _folder.File("gray.bmp");
        ImageFile.Save(Image.FromChannels(Image.FromRows([5, 6]), Image.FromRows([5, 6]), Image.FromRows([5, 6])), path);

        var image = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(image.Shape, Is.EqualTo(new ImageShape(2, 1, 1)));
            Assert.That(image.ToArray(), Is.EqualTo(new double[,] { { 5, 6 } }));
        });
    }

    [Test]
    public void Sixteen_bit_pgm_from_other_programs_loads_high_byte_first()
    {
        // Netpbm stores 16-bit values with the most significant byte first: 00 01 = 1, 01 2C = 300, FF FF = 65535.
        var path = _folder.Write("deep.pgm", [.. "P5\n3 1\n65535\n"u8, 0x00, 0x01, 0x01, 0x2C, 0xFF, 0xFF]);

        Assert.That(ImageFile.Load(path).ToArray(), Is.EqualTo(new double[,] { { 1, 300, 65535 } }));
    }

    [Test]
    public void Pgm_with_another_maximum_keeps_its_values_as_stored()
    {
        // A 10-bit camera: maximum 1023, values 1, 300, 1023.
        var path = _folder.Write("ten-bit.pgm", [.. "P5\n3 1\n1023\n"u8, 0x00, 0x01, 0x01, 0x2C, 0x03, 0xFF]);

        Assert.That(ImageFile.Load(path).ToArray(), Is.EqualTo(new double[,] { { 1, 300, 1023 } }));
    }

    [Test]
    public void Plain_pgm_with_comments_loads()
    {
        var path = _folder.Write("plain.pgm", "P2\n# made by hand\n3 2\n# maximum:\n255\n0 10 20\n30 40 255"u8.ToArray());

        Assert.That(ImageFile.Load(path).ToArray(), Is.EqualTo(new double[,] { { 0, 10, 20 }, { 30, 40, 255 } }));
    }

    [Test]
    public void Binary_ppm_loads_as_rgb()
    {
        var path = _folder.Write("colour.ppm", [.. "P6\n2 1\n255\n"u8, 255, 0, 0, 1, 2, 3]);

        var image = ImageFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(image.Shape, Is.EqualTo(new ImageShape(2, 1, 3)));
            Assert.That(image.GetRgb(0, 0), Is.EqualTo(new Rgb(255, 0, 0)));
            Assert.That(image.GetRgb(1, 0), Is.EqualTo(new Rgb(1, 2, 3)));
        });
    }

    [Test]
    public void Pbm_bit_1_is_black_and_bit_0_is_white()
    {
        // Binary rows start on a fresh byte: 10 wide needs 2 bytes per row. Row 0 = 1010000000, row 1 = 0000000001.
        var binary = _folder.Write("binary.pbm", [.. "P4\n10 2\n"u8, 0b1010_0000, 0b0000_0000, 0b0000_0000, 0b0100_0000]);
        var plain = _folder.Write("plain.pbm", "P1\n10 2\n1010000000\n0 0 0 0 0 0 0 0 0 1\n"u8.ToArray());
        var expected = new double[,]
        {
            { 0, 255, 0, 255, 255, 255, 255, 255, 255, 255 },
            { 255, 255, 255, 255, 255, 255, 255, 255, 255, 0 },
        };

        Assert.Multiple(() =>
        {
            Assert.That(ImageFile.Load(binary).ToArray(), Is.EqualTo(expected));
            Assert.That(ImageFile.Load(plain).ToArray(), Is.EqualTo(expected));
        });
    }

    [Test]
    public void Sixteen_bit_tiff_has_the_layout_of_the_specification()
    {
        // Little-endian baseline TIFF: "II", 42, offset of the first directory; samples stored low byte first.
        var path = _folder.File("deep.tif");
        ImageFile.Save(Image.FromRows([1, 300]), path, new ImageSaveOptions { BitDepth = 16 });

        var file = File.ReadAllBytes(path);

        Assert.Multiple(() =>
        {
            Assert.That(file[..4], Is.EqualTo(new byte[] { (byte)'I', (byte)'I', 42, 0 }));
            Assert.That(file[^4..], Is.EqualTo(new byte[] { 0x01, 0x00, 0x2C, 0x01 }));
        });
    }
}
