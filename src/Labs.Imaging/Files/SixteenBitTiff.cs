namespace Labs.Imaging;

/// <summary>
/// Writes an uncompressed baseline TIFF with 16 bits per sample (grayscale or RGB), one strip, little-endian.
/// ImageSharp 2.1 reads such files but cannot write them.
/// </summary>
internal static class SixteenBitTiff
{
    private const ushort ShortType = 3;
    private const ushort LongType = 4;
    private const ushort RationalType = 5;
    private const int HeaderLength = 8;
    private const int EntryLength = 12;
    private const int EntryCount = 13;

    public static byte[] Encode(Image image)
    {
        int width = image.Width, height = image.Height, channels = image.Channels, plane = image.PixelCount;
        long pixelBytes = 2L * plane * channels;

        // Layout: header | directory | bits per sample (RGB only) | x and y resolution | pixels.
        const int directoryAt = HeaderLength;
        const int extraAt = directoryAt + 2 + (EntryCount * EntryLength) + 4;
        var bitsPerSampleAt = extraAt;
        var resolutionAt = extraAt + (channels == 3 ? 8 : 0);
        var pixelsAt = resolutionAt + 16;
        if (pixelsAt + pixelBytes > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(image), $"A {image.Shape} image is too large for a 16-bit TIFF file.");
        }

        using var stream = new MemoryStream((int)(pixelsAt + pixelBytes));
        using var writer = new BinaryWriter(stream); // BinaryWriter is always little-endian.
        writer.Write("II"u8);
        writer.Write((ushort)42);
        writer.Write((uint)directoryAt);

        writer.Write((ushort)EntryCount);
        WriteEntry(writer, 256, LongType, 1, (uint)width);                   // ImageWidth
        WriteEntry(writer, 257, LongType, 1, (uint)height);                  // ImageLength
        WriteEntry(writer, 258, ShortType, (uint)channels, channels == 3 ? (uint)bitsPerSampleAt : 16); // BitsPerSample
        WriteEntry(writer, 259, ShortType, 1, 1);                            // Compression: none
        WriteEntry(writer, 262, ShortType, 1, channels == 3 ? 2u : 1u);      // PhotometricInterpretation: RGB or BlackIsZero
        WriteEntry(writer, 273, LongType, 1, (uint)pixelsAt);                // StripOffsets
        WriteEntry(writer, 277, ShortType, 1, (uint)channels);               // SamplesPerPixel
        WriteEntry(writer, 278, LongType, 1, (uint)height);                  // RowsPerStrip: one strip
        WriteEntry(writer, 279, LongType, 1, (uint)pixelBytes);              // StripByteCounts
        WriteEntry(writer, 282, RationalType, 1, (uint)resolutionAt);        // XResolution
        WriteEntry(writer, 283, RationalType, 1, (uint)resolutionAt + 8);    // YResolution
        WriteEntry(writer, 284, ShortType, 1, 1);                            // PlanarConfiguration: RGBRGB...
        WriteEntry(writer, 296, ShortType, 1, 2);                            // ResolutionUnit: inch
        writer.Write(0u);                                                    // no further directory

        if (channels == 3)
        {
            writer.Write((ushort)16);
            writer.Write((ushort)16);
            writer.Write((ushort)16);
            writer.Write((ushort)0); // padding to an even offset
        }

        writer.Write(72u); // 72 dots per inch, as x and y resolution
        writer.Write(1u);
        writer.Write(72u);
        writer.Write(1u);

        var data = image.Data;
        for (var i = 0; i < plane; i++)
        {
            for (var c = 0; c < channels; c++)
            {
                writer.Write((ushort)FilePixels.Quantize(data[i + (c * plane)], ushort.MaxValue));
            }
        }

        writer.Flush();
        return stream.ToArray();
    }

    // A SHORT value that fits in the entry is stored in its first two bytes.
    private static void WriteEntry(BinaryWriter writer, ushort tag, ushort type, uint count, uint value)
    {
        writer.Write(tag);
        writer.Write(type);
        writer.Write(count);
        if (type == ShortType && count == 1)
        {
            writer.Write((ushort)value);
            writer.Write((ushort)0);
        }
        else
        {
            writer.Write(value);
        }
    }
}
