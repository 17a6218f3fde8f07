namespace Labs.Imaging.Tests.Files;

/// <summary>
/// Loads a real photograph, Images/camera.png (scikit-image's "camera", 512×512 8-bit gray), and compares it with values
/// read by an independent PNG decoder (Python's zlib and struct, undoing the PNG row filters by hand).
/// </summary>
public sealed class CameraImageTests
{
    private static readonly string CameraPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Images", "camera.png");

    [Test]
    public void Camera_loads_as_512_by_512_grayscale_in_0_to_255()
    {
        var camera = ImageFile.Load(CameraPath);

        Assert.Multiple(() =>
        {
            Assert.That(camera.Shape, Is.EqualTo(new ImageShape(512, 512, 1)));
            Assert.That(camera.Data.Min(), Is.EqualTo(0));
            Assert.That(camera.Data.Max(), Is.EqualTo(255));
            Assert.That(camera.Data.All(v => v == Math.Floor(v)), Is.True, "8-bit values are whole numbers");
        });
    }

    // Values from the independent decoder.
    [TestCase(0, 0, 200)]
    [TestCase(100, 200, 23)]
    [TestCase(256, 256, 14)]
    [TestCase(300, 50, 199)]
    [TestCase(511, 511, 149)]
    public void Camera_pixel_matches_an_independent_decoder(int x, int y, double expected) =>
        Assert.That(ImageFile.Load(CameraPath).GetPixel(x, y), Is.EqualTo(expected));

    [Test]
    public void Camera_sum_matches_an_independent_decoder() =>
        Assert.That(ImageFile.Load(CameraPath).Data.Sum(), Is.EqualTo(33_832_495));
}
