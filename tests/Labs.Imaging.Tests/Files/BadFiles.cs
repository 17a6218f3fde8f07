using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Tga;
using SixLabors.ImageSharp.PixelFormats;
using SharpImage = SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.L8>;

namespace Labs.Imaging.Tests.Files;

/// <summary>Makes the good and bad files the problem tests need: all generated, nothing stored in the repository.</summary>
internal static class BadFiles
{
    /// <summary>A 64×64 grayscale image of random values: it compresses badly, so its files are long enough to cut.</summary>
    public static Image Noise(int seed = 1)
    {
        var random = new Random(seed);
        var image = new Image(64, 64);
        for (var y = 0; y < 64; y++)
        {
            for (var x = 0; x < 64; x++)
            {
                image[x, y] = random.Next(256);
            }
        }

        return image;
    }

    /// <summary>The bytes of <paramref name="image"/> saved with the given extension (and options) through <see cref="ImageFile"/>.</summary>
    public static byte[] Encode(Image image, string extension, ImageSaveOptions? options = null)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("image." + extension);
        ImageFile.Save(image, path, options ?? new ImageSaveOptions());
        return File.ReadAllBytes(path);
    }

    public static byte[] RandomBytes(int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A PNG whose header (IHDR, with a correct CRC) announces 100000×100000 8-bit gray pixels, followed only by IEND.</summary>
    public static byte[] PngAnnouncing100000By100000() =>
        [.. HandMadePng.Signature, .. HandMadePng.Header(100_000, 100_000, 8, HandMadePng.Gray), .. HandMadePng.End()];

    /// <summary>A PNG whose compressed pixel data is spread over many small IDAT chunks, as large images are.</summary>
    public static byte[] PngWithManyDataChunks()
    {
        var random = new Random(3);
        var rows = Enumerable.Range(0, 64).Select(_ =>
        {
            var row = new byte[64];
            random.NextBytes(row);
            return row;
        }).ToArray();
        return HandMadePng.File(64, 64, 8, HandMadePng.Gray, rows, idatSize: 256);
    }

    /// <summary>Offset of the first byte of the data of the first chunk of the given type.</summary>
    public static int ChunkDataOffset(byte[] png, string type)
    {
        var name = System.Text.Encoding.ASCII.GetBytes(type);
        return png.AsSpan().IndexOf(name) + 4;
    }

    public static byte[] Gif() => EncodeWithImageSharp(new GifEncoder());

    public static byte[] Tga() => EncodeWithImageSharp(new TgaEncoder());

    private static byte[] EncodeWithImageSharp(SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var image = new SharpImage(8, 8, new L8(100));
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }
}
