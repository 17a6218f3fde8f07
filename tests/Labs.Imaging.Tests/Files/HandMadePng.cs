using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Labs.Imaging.Tests.Files;

/// <summary>
/// Builds PNG files byte by byte from the PNG specification (signature, chunks with CRC-32, zlib-compressed scanlines),
/// without ImageSharp, so that loading can be checked against files made independently of the code under test.
/// </summary>
internal static class HandMadePng
{
    public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // PNG colour types.
    public const byte Gray = 0;
    public const byte Rgb = 2;
    public const byte Palette = 3;
    public const byte RgbAlpha = 6;

    public static byte[] Header(uint width, uint height, byte bitDepth, byte colourType)
    {
        var data = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(data, width);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), height);
        data[8] = bitDepth;
        data[9] = colourType; // bytes 10..12: compression 0, filter 0, no interlace
        return Chunk("IHDR", data);
    }

    public static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    public static byte[] End() => Chunk("IEND", []);

    /// <summary>zlib-compresses scanlines, each given without its filter byte (filter 0, "None", is added).</summary>
    public static byte[] CompressRows(byte[][] rows)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal))
        {
            foreach (var row in rows)
            {
                zlib.WriteByte(0);
                zlib.Write(row);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A complete PNG: header, the compressed rows split into IDAT chunks of at most <paramref name="idatSize"/> bytes, end.</summary>
    public static byte[] File(uint width, uint height, byte bitDepth, byte colourType, byte[][] rows, int idatSize = 1 << 16, byte[]? palette = null)
    {
        var parts = new List<byte[]> { Signature, Header(width, height, bitDepth, colourType) };
        if (palette is not null)
        {
            parts.Add(Chunk("PLTE", palette));
        }

        var compressed = CompressRows(rows);
        for (var start = 0; start < compressed.Length; start += idatSize)
        {
            parts.Add(Chunk("IDAT", compressed[start..Math.Min(start + idatSize, compressed.Length)]));
        }

        parts.Add(End());
        return [.. parts.SelectMany(p => p)];
    }

    /// <summary>CRC-32 as defined in the PNG specification (polynomial 0xEDB88320), bit by bit.</summary>
    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
