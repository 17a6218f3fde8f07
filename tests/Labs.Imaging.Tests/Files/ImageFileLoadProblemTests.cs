namespace Labs.Imaging.Tests.Files;

/// <summary>
/// Every bad file is reported as an <see cref="ImageFileException"/> with the right <see cref="ImageFileProblem"/> and a
/// message naming the file, the reason and the fix; no ImageSharp exception gets through.
/// </summary>
public sealed class ImageFileLoadProblemTests
{
    // Reading a tiny file that announces a huge image must not allocate anything near the announced size
    // (100000 × 100000 pixels would be 10 GB at one byte per pixel).
    private const long AllocationBudgetBytes = 1_000_000;

    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Missing_file_names_the_path_and_the_current_folder()
    {
        var path = Path.Combine("no-such-folder", "cat.png");

        var error = LoadFails(path, ImageFileProblem.Missing);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot load '{path}': the file does not exist. Check the path; the current folder is '{Environment.CurrentDirectory}'."));
    }

    [Test]
    public void A_folder_is_not_a_file()
    {
        var error = LoadFails(_folder.Path, ImageFileProblem.CannotRead);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot load '{_folder.Path}': it is a folder, not a file. Give the path of an image file, e.g. '{Path.Combine(_folder.Path, "image.png")}'."));
    }

    [Test]
    public void Empty_file()
    {
        var path = _folder.Write("empty.png", []);

        var error = LoadFails(path, ImageFileProblem.Empty);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot load '{path}': the file is empty (0 bytes). It was probably not saved or copied completely; save or copy it again."));
    }

    [Test]
    public void Empty_stream_uses_the_given_name()
    {
        using var stream = new MemoryStream();

        var error = Assert.Throws<ImageFileException>(() => ImageFile.Load(stream, "upload.png"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Is.EqualTo(ImageFileProblem.Empty));
            Assert.That(error.FilePath, Is.EqualTo("upload.png"));
            Assert.That(error.Message, Does.StartWith("Cannot load 'upload.png': the file is empty (0 bytes)."));
        });
    }

    [Test]
    public void Png_cut_in_half_is_truncated()
    {
        var png = BadFiles.Encode(BadFiles.Noise(), "png");
        var path = _folder.Write("half.png", png[..(png.Length / 2)]);

        var error = LoadFails(path, ImageFileProblem.Truncated);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot load '{path}': the file is truncated: its PNG data stops after {png.Length / 2:N0} bytes, before the image is complete. It was probably not saved, copied or downloaded completely; get a complete copy of the file."));
    }

    [Test]
    public void Png_cut_after_some_of_its_data_chunks_is_truncated()
    {
        // ImageSharp alone decodes such a file without complaint, leaving the missing rows black.
        var png = BadFiles.PngWithManyDataChunks();
        var thirdChunk = BadFiles.ChunkDataOffset(png, "IDAT") + 256 + 4 + (2 * (256 + 12));
        var path = _folder.Write("cut.png", png[..thirdChunk]);

        LoadFails(path, ImageFileProblem.Truncated);
    }

    [Test]
    public void Png_without_its_end_chunk_is_truncated()
    {
        var png = BadFiles.Encode(BadFiles.Noise(), "png");
        var path = _folder.Write("no-end.png", png[..^12]); // IEND is the last 12 bytes

        LoadFails(path, ImageFileProblem.Truncated);
    }

    [TestCase("png", 5)]
    [TestCase("jpg", 2)]
    [TestCase("bmp", 1)]
    [TestCase("tif", 3)]
    [TestCase("pgm", 1)]
    public void File_cut_inside_its_signature_is_truncated(string extension, int length)
    {
        var file = BadFiles.Encode(BadFiles.Noise(), extension);
        var path = _folder.Write("stub." + extension, file[..length]);

        LoadFails(path, ImageFileProblem.Truncated);
    }

    [Test]
    public void Jpeg_cut_in_half_is_truncated()
    {
        // ImageSharp alone decodes the first half and leaves the rest black.
        var jpeg = BadFiles.Encode(BadFiles.Noise(), "jpg");
        var path = _folder.Write("half.jpg", jpeg[..(jpeg.Length / 2)]);

        var error = LoadFails(path, ImageFileProblem.Truncated);

        Assert.That(error.Message, Does.Contain($"the file is truncated: its JPEG data stops after {jpeg.Length / 2:N0} bytes"));
    }

    [Test]
    public void Jpeg_cut_inside_its_tables_is_truncated()
    {
        var jpeg = BadFiles.Encode(BadFiles.Noise(), "jpg");
        var path = _folder.Write("tables.jpg", jpeg[..100]);

        LoadFails(path, ImageFileProblem.Truncated);
    }

    [TestCase("bmp", 8)]
    [TestCase("tif", 8)]
    [TestCase("tif", 16)]
    [TestCase("pgm", 8)]
    [TestCase("pgm", 16)]
    [TestCase("png", 16)]
    public void Other_formats_cut_in_half_are_truncated(string extension, int bitDepth)
    {
        var file = BadFiles.Encode(BadFiles.Noise(), extension, new ImageSaveOptions { BitDepth = bitDepth });
        var path = _folder.Write("half." + extension, file[..(file.Length / 2)]);

        LoadFails(path, ImageFileProblem.Truncated);
    }

    [TestCase("png", 8)]
    [TestCase("jpg", 8)]
    [TestCase("bmp", 8)]
    [TestCase("tif", 8)]
    [TestCase("tif", 16)]
    [TestCase("pgm", 8)]
    public void Every_cut_of_a_small_file_is_reported_as_truncated(string extension, int bitDepth)
    {
        var file = BadFiles.Encode(Image.FromRows([0, 50, 100], [150, 200, 250]), extension, new ImageSaveOptions { BitDepth = bitDepth });
        var wrong = new List<string>();

        // ImageSharp ends its TIFF files with its name as text ("ImageSharp", 10 letters + 0 = 11 bytes) and one zero byte
        // that pads the file to an even length. Without that padding byte nothing is missing, so it may load.
        var complete = extension == "tif" && bitDepth == 8 && file[^1] == 0 ? file.Length - 1 : file.Length;
        for (var length = 1; length < complete; length++)
        {
            using var stream = new MemoryStream(file[..length]);
            try
            {
                ImageFile.Load(stream, "small." + extension);
                wrong.Add($"{length} bytes: loaded");
            }
            catch (ImageFileException e) when (e.Problem != ImageFileProblem.Truncated)
            {
                wrong.Add($"{length} bytes: {e.Problem}");
            }
            catch (ImageFileException)
            {
                // Truncated, as it should be.
            }
        }

        Assert.That(wrong, Is.Empty, $"The complete file has {file.Length} bytes.");
    }

    [TestCase("png")]
    [TestCase("jpg")]
    [TestCase("bmp")]
    [TestCase("tif")]
    [TestCase("pgm")]
    public void Damaged_bytes_never_let_another_exception_through(string extension)
    {
        var file = BadFiles.Encode(BadFiles.Noise(), extension);
        var random = new Random(11);
        for (var trial = 0; trial < 100; trial++)
        {
            var damaged = (byte[])file.Clone();
            var position = random.Next(damaged.Length);
            damaged[position] ^= (byte)(1 + random.Next(255));
            using var stream = new MemoryStream(damaged);
            try
            {
                ImageFile.Load(stream, "damaged." + extension);
            }
            catch (ImageFileException)
            {
                // Reported properly.
            }
            catch (Exception e)
            {
                Assert.Fail($"Changing byte {position} of the {extension} file let {e.GetType().Name} through: {e.Message}");
            }
        }
    }

    [Test]
    public void Png_with_damaged_pixel_data_is_corrupt()
    {
        var png = BadFiles.Encode(BadFiles.Noise(), "png");
        var data = BadFiles.ChunkDataOffset(png, "IDAT");
        for (var i = data + 10; i < data + 40; i++)
        {
            png[i] ^= 0x5A;
        }

        var path = _folder.Write("damaged.png", png);

        var error = LoadFails(path, ImageFileProblem.Corrupt);

        // The part in brackets is ImageSharp's own diagnosis: the chunk's checksum no longer matches.
        Assert.That(error.Message, Is.EqualTo(
            $"Cannot load '{path}': the file is corrupt: its PNG data is damaged (CRC Error. PNG IDAT chunk is corrupt). Open it in an image viewer to check it, or get a fresh copy of the file."));
    }

    [Test]
    public void Png_with_garbage_pixel_data_and_a_correct_checksum_is_corrupt()
    {
        byte[] png =
        [
            .. HandMadePng.Signature,
            .. HandMadePng.Header(16, 16, 8, HandMadePng.Gray),
            .. HandMadePng.Chunk("IDAT", BadFiles.RandomBytes(200)),
            .. HandMadePng.End(),
        ];
        var path = _folder.Write("garbage.png", png);

        var error = LoadFails(path, ImageFileProblem.Corrupt);

        Assert.That(error.Message, Does.StartWith($"Cannot load '{path}': the file is corrupt: its PNG data is damaged ("));
    }

    [Test]
    public void Random_bytes_named_png_are_corrupt()
    {
        var path = _folder.Write("noise.png", BadFiles.RandomBytes(1000));

        var error = LoadFails(path, ImageFileProblem.Corrupt);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot load '{path}': the file is corrupt: its name ends in '.png' but its contents are not a PNG image, nor any other image format. Open it in an image viewer to check it, or get a fresh copy of the file."));
    }

    [Test]
    public void Random_bytes_with_an_unknown_extension_are_an_unsupported_format()
    {
        var path = _folder.Write("notes.dat", BadFiles.RandomBytes(1000));

        var error = LoadFails(path, ImageFileProblem.UnsupportedFormat);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot load '{path}': it is not an image file that Labs.Imaging reads. It reads PNG, JPEG, BMP, TIFF and PGM files."));
    }

    [TestCase("animation.gif")]
    [TestCase("renamed.png")]
    public void Gif_is_an_unsupported_format_even_when_renamed(string name)
    {
        var path = _folder.Write(name, BadFiles.Gif());

        var error = LoadFails(path, ImageFileProblem.UnsupportedFormat);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot load '{path}': it is a GIF image, which Labs.Imaging does not read. It reads PNG, JPEG, BMP, TIFF and PGM files; convert the image to PNG with an image editor."));
    }

    [Test]
    public void Tga_is_an_unsupported_format()
    {
        var path = _folder.Write("texture.tga", BadFiles.Tga());

        var error = LoadFails(path, ImageFileProblem.UnsupportedFormat);

        Assert.That(error.Message, Does.StartWith($"Cannot load '{path}': it is a TGA image, which Labs.Imaging does not read."));
    }

    [Test]
    public void Header_announcing_too_many_pixels_is_refused_before_decoding()
    {
        var path = _folder.Write("bomb.png", BadFiles.PngAnnouncing100000By100000());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = LoadFails(path, ImageFileProblem.TooLarge);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo(
                $"Cannot load '{path}': its header announces 100000×100000 = 10,000,000,000 pixels, more than the limit of 67,108,864 pixels. A small file announcing a huge image can be a decompression bomb meant to fill the memory, so nothing was decoded. If the image is genuine, raise the limit: ImageFile.Load(path, new ImageLoadOptions {{ MaxPixels = 10000000000 }})."));
            Assert.That(allocated, Is.LessThan(AllocationBudgetBytes));
        });
    }

    [Test]
    public void Pgm_header_announcing_too_many_pixels_is_refused_although_no_pixels_follow()
    {
        // The limit is checked before completeness: the header alone decides.
        var path = _folder.Write("bomb.pgm", "P5\n100000 100000\n255\n"u8.ToArray());

        LoadFails(path, ImageFileProblem.TooLarge);
    }

    [Test]
    public void The_pixel_limit_includes_its_own_value()
    {
        var path = _folder.Write("64x64.png", BadFiles.Encode(BadFiles.Noise(), "png"));

        var loaded = ImageFile.Load(path, new ImageLoadOptions { MaxPixels = 64 * 64 });
        var error = Assert.Throws<ImageFileException>(() => ImageFile.Load(path, new ImageLoadOptions { MaxPixels = (64 * 64) - 1 }))!;

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Shape, Is.EqualTo(new ImageShape(64, 64)));
            Assert.That(error.Problem, Is.EqualTo(ImageFileProblem.TooLarge));
            Assert.That(error.Message, Does.Contain("its header announces 64×64 = 4,096 pixels, more than the limit of 4,095 pixels."));
        });
    }

    [Test]
    public void Pgm_value_above_the_maximum_in_its_header_is_corrupt()
    {
        var path = _folder.Write("over.pgm", "P2\n2 1\n100\n50 101\n"u8.ToArray());

        var error = LoadFails(path, ImageFileProblem.Corrupt);

        Assert.That(error.Message, Is.EqualTo(
            $"Cannot load '{path}': the file is corrupt: its PGM data is damaged (the pixel value 101 is larger than the maximum value 100 in the header). Open it in an image viewer to check it, or get a fresh copy of the file."));
    }

    [Test]
    public void Exception_is_an_IOException_that_keeps_the_path()
    {
        var path = _folder.Write("empty.jpg", []);

        var error = LoadFails(path, ImageFileProblem.Empty);

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<IOException>());
            Assert.That(error.FilePath, Is.EqualTo(path));
        });
    }

    private static ImageFileException LoadFails(string path, ImageFileProblem expected)
    {
        var error = Assert.Throws<ImageFileException>(() => ImageFile.Load(path))!;
        Assert.That(error.Problem, Is.EqualTo(expected), error.Message);
        return error;
    }
}
