using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Labs.Imaging;

/// <summary>
/// Reads and writes Netpbm files: PGM (gray), PPM (RGB) and PBM (black and white), plain (text) or binary.
/// </summary>
/// <remarks>
/// ImageSharp 2.1.13 reads and writes 16-bit binary PGM with the low byte first, but the Netpbm specification puts the
/// high byte first (every other program does), and it ignores maximum values other than 255 and 65535. So Netpbm is
/// handled here. Values are kept as stored: a PGM whose maximum value is 1023 loads with values 0..1023.
/// A PBM bit 1 means black: it loads as 0, and bit 0 as 255.
/// </remarks>
internal static class NetpbmFile
{
    private const int BlackAndWhite = 255;

    private readonly record struct Header(int Kind, long Width, long Height, int MaxValue, int DataStart)
    {
        public bool IsBitmap => Kind is 1 or 4;

        public bool IsBinary => Kind > 3;

        public int Channels => Kind is 3 or 6 ? 3 : 1;

        public long Samples => Width * Height * Channels;

        public long BinaryDataBytes => Kind == 4 ? (Width + 7) / 8 * Height : Samples * (MaxValue > 255 ? 2 : 1);
    }

    public static bool IsTruncated(ReadOnlySpan<byte> file)
    {
        if (!IsNetpbm(file))
        {
            return false;
        }

        if (!TryReadHeader(file, out var header))
        {
            return true;
        }

        return header.IsBinary
            ? header.DataStart + header.BinaryDataBytes > file.Length
            : CountPlainSamples(file[header.DataStart..], header.IsBitmap, header.Samples) < header.Samples;
    }

    /// <summary>Decodes a complete file; damaged contents throw <see cref="InvalidDataException"/>.</summary>
    public static Image Decode(ReadOnlySpan<byte> file)
    {
        if (!IsNetpbm(file) || !TryReadHeader(file, out var header))
        {
            throw new InvalidDataException("the Netpbm header is incomplete");
        }

        if (header.MaxValue is < 1 or > ushort.MaxValue || header.Width < 1 || header.Height < 1)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"the header announces {header.Width}×{header.Height} pixels with maximum value {header.MaxValue}; sizes must be at least 1 and the maximum value in 1..65535"));
        }

        int width = (int)header.Width, height = (int)header.Height, plane = width * height;
        var image = Image.Create(width, height, header.Channels);
        var data = image.Data;
        var values = new SampleReader(file[header.DataStart..], header);
        for (var i = 0; i < plane; i++)
        {
            for (var c = 0; c < header.Channels; c++)
            {
                data[i + (c * plane)] = header.IsBitmap ? values.NextBit(i % width) : values.Next();
            }
        }

        return image;
    }

    /// <summary>Encodes a grayscale image as a binary PGM with maximum value 255 or 65535 (high byte first).</summary>
    public static byte[] Encode(Image image, bool sixteenBits)
    {
        var max = sixteenBits ? ushort.MaxValue : byte.MaxValue;
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{image.Width} {image.Height}\n{max}\n"));
        var bytesPerValue = sixteenBits ? 2 : 1;
        var file = new byte[header.Length + ((long)image.PixelCount * bytesPerValue)];
        header.CopyTo(file, 0);
        var pixels = file.AsSpan(header.Length);
        var data = image.Data;
        for (var i = 0; i < image.PixelCount; i++)
        {
            var value = FilePixels.Quantize(data[i], max);
            if (sixteenBits)
            {
                BinaryPrimitives.WriteUInt16BigEndian(pixels[(2 * i)..], (ushort)value);
            }
            else
            {
                pixels[i] = (byte)value;
            }
        }

        return file;
    }

    private static bool IsNetpbm(ReadOnlySpan<byte> file) =>
        file.Length >= 2 && file[0] == (byte)'P' && file[1] is >= (byte)'1' and <= (byte)'6';

    // Magic number, width, height and (except for bitmaps) the maximum value, each preceded by whitespace or # comments;
    // binary data starts after exactly one whitespace byte.
    private static bool TryReadHeader(ReadOnlySpan<byte> file, out Header header)
    {
        header = default;
        var kind = file[1] - '0';
        var position = 2;
        long width = 0, height = 0, max = BlackAndWhite;
        if (!TryReadNumber(file, ref position, out width) || !TryReadNumber(file, ref position, out height)
            || (kind is not (1 or 4) && !TryReadNumber(file, ref position, out max)))
        {
            return false;
        }

        header = new Header(kind, width, height, (int)Math.Min(max, int.MaxValue), position + (kind > 3 ? 1 : 0));
        return true;
    }

    // A number followed by at least one more byte (the whitespace that ends it): the form header numbers must have.
    private static bool TryReadNumber(ReadOnlySpan<byte> file, ref int position, out long number) =>
        TryReadDigits(file, ref position, out number) && position < file.Length;

    private static bool TryReadDigits(ReadOnlySpan<byte> file, ref int position, out long number)
    {
        number = 0;
        SkipWhitespaceAndComments(file, ref position);
        var start = position;
        while (position < file.Length && IsDigit(file[position]))
        {
            number = Math.Min((number * 10) + (file[position] - '0'), int.MaxValue);
            position++;
        }

        return position > start;
    }

    // Counts samples in plain (text) data, stopping once enough are found. Plain bitmaps may write 0 and 1 without spaces.
    private static long CountPlainSamples(ReadOnlySpan<byte> data, bool isBitmap, long needed)
    {
        long found = 0;
        var position = 0;
        while (found < needed)
        {
            SkipWhitespaceAndComments(data, ref position);
            if (position >= data.Length || !IsDigit(data[position]))
            {
                break;
            }

            found++;
            position++;
            while (!isBitmap && position < data.Length && IsDigit(data[position]))
            {
                position++;
            }
        }

        return found;
    }

    private static void SkipWhitespaceAndComments(ReadOnlySpan<byte> file, ref int position)
    {
        while (position < file.Length)
        {
            if (file[position] == (byte)'#')
            {
                while (position < file.Length && file[position] != (byte)'\n')
                {
                    position++;
                }
            }
            else if (file[position] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or (byte)'\v')
            {
                position++;
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    /// <summary>Reads the samples one after the other, in any of the six encodings.</summary>
    private ref struct SampleReader(ReadOnlySpan<byte> data, Header header)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private readonly Header _header = header;
        private int _position;
        private int _bit;

        public double Next()
        {
            int value;
            if (_header.IsBinary && _header.MaxValue > byte.MaxValue)
            {
                value = BinaryPrimitives.ReadUInt16BigEndian(_data[_position..]);
                _position += 2;
            }
            else if (_header.IsBinary)
            {
                value = _data[_position++];
            }
            else
            {
                if (!TryReadDigits(_data, ref _position, out var number))
                {
                    throw new InvalidDataException("a pixel value is not a number");
                }

                value = (int)number;
            }

            return value <= _header.MaxValue
                ? value
                : throw new InvalidDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the pixel value {value} is larger than the maximum value {_header.MaxValue} in the header"));
        }

        // Bit 1 is black (0), bit 0 is white (255). Binary rows start on a fresh byte.
        public double NextBit(int x)
        {
            bool isSet;
            if (_header.IsBinary)
            {
                if (x == 0 && _bit != 0)
                {
                    _position++;
                    _bit = 0;
                }

                isSet = (_data[_position] & (0x80 >> _bit)) != 0;
                if (++_bit == 8)
                {
                    _position++;
                    _bit = 0;
                }
            }
            else
            {
                SkipWhitespaceAndComments(_data, ref _position);
                isSet = _data[_position++] switch
                {
                    (byte)'1' => true,
                    (byte)'0' => false,
                    _ => throw new InvalidDataException("a PBM pixel is neither 0 nor 1"),
                };
            }

            return isSet ? 0 : BlackAndWhite;
        }
    }
}
