using Labs.Imaging;

namespace Lab.Hidden.Tests;

/// <summary>Inputs of the hidden tests: seeded random images and kernels, every boundary condition and the lab's images.</summary>
internal static class GradingData
{
    /// <summary>Every boundary condition, in the order of the enum.</summary>
    public static readonly BoundaryCondition[] Conditions = Enum.GetValues<BoundaryCondition>();

    /// <summary>Loads one of the lab's images from the images/ folder next to the test binaries.</summary>
    public static Image Load(string name) => ImageFile.Load(Path.Combine(AppContext.BaseDirectory, "images", name));

    /// <summary>images/microaneurysms.png as a negative, 255 − f: the microaneurysms become bright spots.</summary>
    public static Image RetinaNegative()
    {
        var retina = Load("microaneurysms.png");
        var negative = new Image(retina.Width, retina.Height);
        for (var y = 0; y < retina.Height; y++)
        {
            for (var x = 0; x < retina.Width; x++)
            {
                negative[x, y] = 255 - retina[x, y];
            }
        }

        return negative;
    }

    /// <summary>A <paramref name="width"/>×<paramref name="height"/> image of grey levels drawn uniformly from [0, 255).</summary>
    public static Image RandomImage(Random random, int width, int height)
    {
        var image = new Image(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = 255 * random.NextDouble();
            }
        }

        return image;
    }

    /// <summary>
    /// A kernel of random weights between −1 and 1 whose magnitude is at least 0.1, so that no weight is negligible and
    /// skipping zero weights (as scipy does) cannot make a difference.
    /// </summary>
    public static double[,] RandomKernel(Random random, int rows, int columns)
    {
        var kernel = new double[rows, columns];
        for (var j = 0; j < rows; j++)
        {
            for (var i = 0; i < columns; i++)
            {
                kernel[j, i] = RandomWeight(random);
            }
        }

        return kernel;
    }

    /// <summary>A 1-D kernel of <paramref name="length"/> random weights, as in <see cref="RandomKernel"/>.</summary>
    public static double[] RandomVector(Random random, int length) => [.. Enumerable.Range(0, length).Select(_ => RandomWeight(random))];

    /// <summary>A <paramref name="width"/>×<paramref name="height"/> image with a round Gaussian blob (σ = 1.5) of each amplitude on a background of 10.</summary>
    public static Image Blobs(int width, int height, params (int X, int Y, double Amplitude)[] blobs)
    {
        var image = new Image(width, height, fill: 10);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                foreach (var blob in blobs)
                {
                    var squaredDistance = ((x - blob.X) * (x - blob.X)) + ((y - blob.Y) * (y - blob.Y));
                    image[x, y] += blob.Amplitude * Math.Exp(-squaredDistance / (2 * 1.5 * 1.5));
                }
            }
        }

        return image;
    }

    private static double RandomWeight(Random random) => (random.Next(2) == 0 ? -1 : 1) * (0.1 + (0.9 * random.NextDouble()));
}
