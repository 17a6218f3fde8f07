using System.Buffers.Binary;

namespace Labs.Imaging;

/// <summary>
/// Checks that a BMP file is complete without decoding it: the file is at least as long as the size written in its header,
/// and for uncompressed pixels as long as the pixel rows need. ImageSharp silently decodes a cut BMP with made-up pixels.
/// </summary>
internal static class BmpStructure
{
    private const int FileHeaderLength = 14;
    private const int CoreHeaderLength = 12;
    private const int InfoHeaderLength = 40;

    // Compression values whose pixel rows have a fixed size: none, bit fields, alpha bit fields.
    private const uint Uncompressed = 0;
    private const uint BitFields = 3;
    private const uint AlphaBitFields = 6;

    public static bool IsTruncated(ReadOnlySpan<byte> file)
    {
        if (file.Length < FileHeaderLength + 4)
        {
            return true;
        }

        var announcedFileSize = BinaryPrimitives.ReadUInt32LittleEndian(file[2..]);
        var pixelOffset = BinaryPrimitives.ReadUInt32LittleEndian(file[10..]);
        var dibHeaderLength = BinaryPrimitives.ReadUInt32LittleEndian(file[FileHeaderLength..]);
        if (announcedFileSize > file.Length || pixelOffset > file.Length || FileHeaderLength + (long)dibHeaderLength > file.Length)
        {
            return true;
        }

        long width, height, bitsPerPixel;
        uint compression;
        if (dibHeaderLength == CoreHeaderLength)
        {
            width = BinaryPrimitives.ReadUInt16LittleEndian(file[18..]);
            height = BinaryPrimitives.ReadUInt16LittleEndian(file[20..]);
            bitsPerPixel = BinaryPrimitives.ReadUInt16LittleEndian(file[24..]);
            compression = Uncompressed;
        }
        else if (dibHeaderLength >= InfoHeaderLength)
        {
            width = Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(file[18..]));
            height = Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(file[22..]));
            bitsPerPixel = BinaryPrimitives.ReadUInt16LittleEndian(file[28..]);
            compression = BinaryPrimitives.ReadUInt32LittleEndian(file[30..]);
        }
        else
        {
            return false; // An unusual header: leave the judgement to the decoder.
        }

        if (compression is not (Uncompressed or BitFields or AlphaBitFields))
        {
            return false;
        }

        // Each row is padded to a multiple of 4 bytes.
        var rowBytes = ((width * bitsPerPixel) + 31) / 32 * 4;
        return pixelOffset + (rowBytes * height) > file.Length;
    }
}
