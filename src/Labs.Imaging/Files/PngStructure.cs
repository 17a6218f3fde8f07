using System.Buffers.Binary;

namespace Labs.Imaging;

/// <summary>
/// Checks that a PNG file is complete without decoding it: every chunk fits inside the file and the last chunk, IEND, is there.
/// ImageSharp silently decodes a PNG cut inside its pixel data (the missing rows stay black), so this check is needed.
/// </summary>
internal static class PngStructure
{
    private const int SignatureLength = 8;

    // Each chunk: 4-byte length, 4-byte type, data, 4-byte CRC.
    private const int ChunkOverhead = 12;

    public static bool IsTruncated(ReadOnlySpan<byte> file)
    {
        long position = SignatureLength;
        while (position + 8 <= file.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(file[(int)position..]);
            var type = file.Slice((int)position + 4, 4);
            position += ChunkOverhead + (long)length;
            if (position > file.Length)
            {
                return true;
            }

            if (type.SequenceEqual("IEND"u8))
            {
                return false;
            }
        }

        return true;
    }
}
