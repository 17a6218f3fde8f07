using System.Buffers.Binary;

namespace Labs.Imaging;

/// <summary>
/// Checks that a TIFF file is complete without decoding it: the first image directory (IFD), every value it points to and
/// every strip or tile of pixel data lie inside the file. BigTIFF files are left to the decoder.
/// </summary>
internal static class TiffStructure
{
    private const int HeaderLength = 8;
    private const int EntryLength = 12;
    private const ushort StripOffsets = 273;
    private const ushort StripByteCounts = 279;
    private const ushort TileOffsets = 324;
    private const ushort TileByteCounts = 325;
    private const ushort ShortType = 3;
    private const ushort LongType = 4;

    public static bool IsTruncated(ReadOnlySpan<byte> file)
    {
        if (file.Length < HeaderLength)
        {
            return true;
        }

        var littleEndian = file[0] == (byte)'I';
        if (ReadUInt16(file, 2, littleEndian) != 42)
        {
            return false; // BigTIFF (43) or not TIFF at all: not ours to judge.
        }

        long directory = ReadUInt32(file, 4, littleEndian);
        if (directory + 2 > file.Length)
        {
            return true;
        }

        var entries = ReadUInt16(file, (int)directory, littleEndian);
        // Entry count, the entries, and the 4-byte offset of the next directory.
        if (directory + 2 + (entries * (long)EntryLength) + 4 > file.Length)
        {
            return true;
        }

        long[] offsets = [], counts = [];
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)directory + 2 + (i * EntryLength);
            var tag = ReadUInt16(file, entry, littleEndian);
            var type = ReadUInt16(file, entry + 2, littleEndian);
            long count = ReadUInt32(file, entry + 4, littleEndian);
            var size = count * TypeSize(type);
            long valueAt = size <= 4 ? entry + 8 : ReadUInt32(file, entry + 8, littleEndian);
            if (valueAt + size > file.Length)
            {
                return true;
            }

            if (tag is StripOffsets or TileOffsets)
            {
                offsets = ReadValues(file, valueAt, count, type, littleEndian);
            }
            else if (tag is StripByteCounts or TileByteCounts)
            {
                counts = ReadValues(file, valueAt, count, type, littleEndian);
            }
        }

        for (var i = 0; i < Math.Min(offsets.Length, counts.Length); i++)
        {
            if (offsets[i] + counts[i] > file.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static long[] ReadValues(ReadOnlySpan<byte> file, long at, long count, ushort type, bool littleEndian)
    {
        if (type is not (ShortType or LongType))
        {
            return [];
        }

        var values = new long[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = type == ShortType
                ? ReadUInt16(file, (int)(at + (2 * i)), littleEndian)
                : ReadUInt32(file, (int)(at + (4 * i)), littleEndian);
        }

        return values;
    }

    // Sizes of the TIFF field types 1..12 (BYTE, ASCII, SHORT, LONG, RATIONAL, SBYTE, UNDEFINED, SSHORT, SLONG, SRATIONAL, FLOAT, DOUBLE).
    private static long TypeSize(ushort type) => type switch
    {
        1 or 2 or 6 or 7 => 1,
        3 or 8 => 2,
        4 or 9 or 11 => 4,
        5 or 10 or 12 => 8,
        _ => 1,
    };

    private static ushort ReadUInt16(ReadOnlySpan<byte> file, int at, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(file[at..]) : BinaryPrimitives.ReadUInt16BigEndian(file[at..]);

    private static uint ReadUInt32(ReadOnlySpan<byte> file, int at, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(file[at..]) : BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
}
