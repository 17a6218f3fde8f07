using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tiff;
using SixLabors.ImageSharp.Formats.Tiff.Constants;
using FileImage = SixLabors.ImageSharp.Image;

namespace Labs.Imaging;

// Writing files: choosing the pixel type and the encoder for each format and bit depth.
public static partial class ImageFile
{
    private static byte[] Encode(Image image, FileFormat format, ImageSaveOptions options)
    {
        var sixteenBits = options.BitDepth == 16;
        if (format == FileFormat.Tiff && sixteenBits)
        {
            return SixteenBitTiff.Encode(image);
        }

        if (format == FileFormat.Netpbm)
        {
            return NetpbmFile.Encode(image, sixteenBits);
        }

        using FileImage pixels = (image.IsRgb, sixteenBits) switch
        {
            (false, false) => FilePixels.ToL8(image),
            (false, true) => FilePixels.ToL16(image),
            (true, false) => FilePixels.ToRgb24(image),
            (true, true) => FilePixels.ToRgb48(image),
        };
        using var stream = new MemoryStream();
        pixels.Save(stream, Encoder(format, image.IsRgb, sixteenBits, options.JpegQuality));
        return stream.ToArray();
    }

    private static IImageEncoder Encoder(FileFormat format, bool rgb, bool sixteenBits, int jpegQuality) => format switch
    {
        FileFormat.Png => new PngEncoder
        {
            ColorType = rgb ? PngColorType.Rgb : PngColorType.Grayscale,
            BitDepth = sixteenBits ? PngBitDepth.Bit16 : PngBitDepth.Bit8,
        },
        FileFormat.Jpeg => new JpegEncoder
        {
            Quality = jpegQuality,
            ColorType = rgb ? JpegColorType.YCbCrRatio444 : JpegColorType.Luminance,
        },
        FileFormat.Bmp => new BmpEncoder { BitsPerPixel = rgb ? BmpBitsPerPixel.Pixel24 : BmpBitsPerPixel.Pixel8 },
        _ => new TiffEncoder
        {
            BitsPerPixel = rgb ? TiffBitsPerPixel.Bit24 : TiffBitsPerPixel.Bit8,
            PhotometricInterpretation = rgb ? TiffPhotometricInterpretation.Rgb : TiffPhotometricInterpretation.BlackIsZero,
            Compression = TiffCompression.Lzw,
        },
    };
}
