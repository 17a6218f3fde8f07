namespace Labs.Imaging;

/// <summary>
/// Checks that a JPEG file is complete without decoding it: after the first start-of-scan marker (FF DA) there must be an
/// end-of-image marker (FF D9). Inside compressed data a byte FF is always followed by 00 or a restart marker, so FF D9 can
/// only be the real end. ImageSharp silently decodes a JPEG cut inside its data (the missing part stays black).
/// </summary>
internal static class JpegStructure
{
    private const byte Marker = 0xFF;
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;

    public static bool IsTruncated(ReadOnlySpan<byte> file)
    {
        ReadOnlySpan<byte> startOfScan = [Marker, StartOfScan];
        ReadOnlySpan<byte> endOfImage = [Marker, EndOfImage];
        var scan = file.IndexOf(startOfScan);
        return scan < 0 || file[scan..].IndexOf(endOfImage) < 0;
    }
}
