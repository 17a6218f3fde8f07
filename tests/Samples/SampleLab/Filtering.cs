using Labs.Imaging;

namespace SampleLab;

/// <summary>Student code of the sample lab: one stub, one buggy method, one correct method.</summary>
public static class Filtering
{
    /// <summary>A stub the student has not written yet.</summary>
    public static Image Correlate(Image image, double[,] kernel) =>
        throw new NotImplementedException();

    /// <summary>A stub that names its task in the message.</summary>
    public static Image Convolve(Image image, double[,] kernel) =>
        throw new NotImplementedException("Task 3: implement convolution.");

    /// <summary>A method with an off-by-one bug: it reads one pixel past the end of the row.</summary>
    public static double SumOfRow(Image image, int y)
    {
        var sum = 0.0;
        var row = image.ToArray();
        for (var x = 0; x <= image.Width; x++)
        {
            sum += row[y, x];
        }

        return sum;
    }

    /// <summary>A method that misuses the image library: it reads outside the image without a boundary condition.</summary>
    public static double LeftNeighbour(Image image, int x, int y) => image.GetPixel(x - 1, y);
}
