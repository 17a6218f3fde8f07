using BenchmarkDotNet.Attributes;
using Labs.Imaging;

namespace Labs.Benchmarks;

/// <summary>
/// A 5×5 correlation with mirror boundaries, three ways: the loop a student writes with
/// <see cref="Image.GetPixel(int, int, BoundaryCondition)"/>, the same loop over a raw <c>double[]</c>
/// (mirror indices worked out only near the border), and the library's <see cref="Image.Correlate"/>.
/// All three compute the same output; <see cref="Setup"/> checks that before anything is timed.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class Correlation5x5Benchmarks
{
    private const int KernelSize = 5;
    private const int Radius = KernelSize / 2;

    private readonly double[,] _kernel =
    {
        { 1, 2, 0, -1, 3 },
        { 0.5, 4, 1, 2, -2 },
        { -1, 3, 8, 1, 0.25 },
        { 2, -3, 1, 5, 1 },
        { 0, 1, -2, 1, 4 },
    };

    private Image _image = new(1, 1);
    private double[] _pixels = [];

    /// <summary>Width and height of the square test image.</summary>
    [Params(512, 2048)]
    public int Size { get; set; }

    /// <summary>Makes a noise image and checks that the three methods agree exactly.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _image = new Image(Size, Size);
        _pixels = new double[Size * Size];
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var v = random.Next(256);
                _image.SetPixel(x, y, v);
                _pixels[(y * Size) + x] = v;
            }
        }

        var raw = RawArray();
        var naive = NaiveGetPixel();
        var library = LibraryCorrelate();
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var expected = raw[(y * Size) + x];
                if (naive.GetPixel(x, y) != expected || library.GetPixel(x, y) != expected)
                {
                    throw new InvalidOperationException($"The three correlations disagree at ({x}, {y}).");
                }
            }
        }
    }

    /// <summary>What a student writes: four loops, every tap read through GetPixel with a boundary condition.</summary>
    [Benchmark]
    public Image NaiveGetPixel()
    {
        var image = _image;
        var kernel = _kernel;
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var sum = 0.0;
                for (var j = 0; j < KernelSize; j++)
                {
                    for (var i = 0; i < KernelSize; i++)
                    {
                        sum += kernel[j, i] * image.GetPixel(x + i - Radius, y + j - Radius, BoundaryCondition.Mirror);
                    }
                }

                result.SetPixel(x, y, sum);
            }
        }

        return result;
    }

    /// <summary>The same four loops over a raw row-major array; mirror indices are computed only for border pixels.</summary>
    [Benchmark(Baseline = true)]
    public double[] RawArray()
    {
        var pixels = _pixels;
        var kernel = _kernel;
        int width = Size, height = Size;
        var result = new double[width * height];
        for (var y = 0; y < height; y++)
        {
            var rowInside = y >= Radius && y < height - Radius;
            for (var x = 0; x < width; x++)
            {
                var sum = 0.0;
                if (rowInside && x >= Radius && x < width - Radius)
                {
                    var corner = ((y - Radius) * width) + x - Radius;
                    for (var j = 0; j < KernelSize; j++)
                    {
                        for (var i = 0; i < KernelSize; i++)
                        {
                            sum += kernel[j, i] * pixels[corner + (j * width) + i];
                        }
                    }
                }
                else
                {
                    for (var j = 0; j < KernelSize; j++)
                    {
                        var row = Mirror(y + j - Radius, height) * width;
                        for (var i = 0; i < KernelSize; i++)
                        {
                            sum += kernel[j, i] * pixels[row + Mirror(x + i - Radius, width)];
                        }
                    }
                }

                result[(y * width) + x] = sum;
            }
        }

        return result;
    }

    /// <summary>The library's correlation (padded row blocks, vectorised, parallel over rows).</summary>
    [Benchmark]
    public Image LibraryCorrelate() => _image.Correlate(_kernel, BoundaryCondition.Mirror);

    // Whole-sample mirror (d c b | a b c d | c b a), valid up to n − 1 pixels outside; enough for a 5×5 kernel.
    private static int Mirror(int index, int length) =>
        index < 0 ? -index : index >= length ? (2 * length) - 2 - index : index;
}
