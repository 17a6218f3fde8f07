using Labs.Imaging;

namespace Lab.Tests;

/// <summary>The images the tests use: small hand-made ones, and the lab's photographs from the images/ folder.</summary>
internal static class TestImages
{
    private static readonly Lazy<Image> _cameraDetail = new(() => Load("camera.png").GetSubImage(120, 40, 256, 256).ToImage());

    /// <summary>
    /// The photographer's head, camera and tripod: the 256×256 pixels of images/camera.png from (120, 40), grey levels
    /// 0..255 (a quarter of the photograph, so that the tests stay fast). Shared by the tests: never change it.
    /// </summary>
    public static Image CameraDetail => _cameraDetail.Value;

    /// <summary>Loads one of the lab's images from the images/ folder next to the test binaries (NUnit's TestDirectory).</summary>
    public static Image Load(string name) => ImageFile.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "images", name));

    /// <summary>A <paramref name="width"/>×<paramref name="height"/> image of zeros with <paramref name="value"/> at (x, y).</summary>
    public static Image Impulse(int width, int height, int x, int y, double value = 1)
    {
        var image = new Image(width, height);
        image[x, y] = value;
        return image;
    }

    /// <summary>An image whose pixel (x, y) is <paramref name="pixel"/>(x, y).</summary>
    public static Image FromFunction(int width, int height, Func<int, int, double> pixel)
    {
        var image = new Image(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = pixel(x, y);
            }
        }

        return image;
    }

    /// <summary>A new image with every pixel of <paramref name="image"/> multiplied by <paramref name="factor"/>.</summary>
    public static Image Scaled(Image image, double factor) =>
        FromFunction(image.Width, image.Height, (x, y) => factor * image[x, y]);

    /// <summary>
    /// A <paramref name="width"/>×<paramref name="height"/> image of grey level <paramref name="background"/> with
    /// round Gaussian blobs added: blob k is amplitude · exp(−((x − x_k)² + (y − y_k)²) / (2 · 1.5²)).
    /// </summary>
    public static Image Blobs(int width, int height, double background, params (int X, int Y, double Amplitude)[] blobs) =>
        FromFunction(width, height, (x, y) =>
        {
            var value = background;
            foreach (var blob in blobs)
            {
                var squaredDistance = ((x - blob.X) * (x - blob.X)) + ((y - blob.Y) * (y - blob.Y));
                value += blob.Amplitude * Math.Exp(-squaredDistance / (2 * 1.5 * 1.5));
            }

            return value;
        });
}
