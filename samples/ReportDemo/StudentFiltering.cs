using Labs.Imaging;

namespace ReportDemo;

/// <summary>A student's filtering code with three classic bugs, to show what the feedback looks like.</summary>
public static class StudentFiltering
{
    /// <summary>Correlation written as a convolution: the kernel is read flipped.</summary>
    public static Image Correlate(Image image, double[,] kernel)
    {
        int kh = kernel.GetLength(0), kw = kernel.GetLength(1);
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var sum = 0.0;
                for (var j = 0; j < kh; j++)
                {
                    for (var i = 0; i < kw; i++)
                    {
                        // Bug: kernel[kh - 1 - j, kw - 1 - i] is convolution, not correlation.
                        sum += kernel[kh - 1 - j, kw - 1 - i] * image.GetPixel(x + i - (kw / 2), y + j - (kh / 2), BoundaryCondition.Mirror);
                    }
                }

                result[x, y] = sum;
            }
        }

        return result;
    }

    /// <summary>A moving average that forgets to divide by the number of pixels.</summary>
    public static Image MovingAverage3x3(Image image)
    {
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                result[x, y] = image.GetNeighbourhood(x, y, 3, BoundaryCondition.Mirror).Sum(); // Bug: no division by 9.
            }
        }

        return result;
    }

    /// <summary>Not written yet.</summary>
    public static Image Gaussian(Image image, double sigma) => throw new NotImplementedException();
}
