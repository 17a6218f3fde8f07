using Labs.Imaging;

namespace Lab;

public static partial class Filtering
{
    /// <summary>
    /// Task 5: the Sobel derivative along x (scipy.ndimage.sobel with axis = 1): the central difference
    /// [−1 0 1] along each row, smoothed with [1 2 1] along each column. As one 3×3 correlation kernel:
    /// <code>
    /// −1  0  1
    /// −2  0  2
    /// −1  0  1
    /// </code>
    /// The result is positive where the image gets brighter to the right.
    /// </summary>
    /// <param name="image">The grey-level image f; it is not changed.</param>
    /// <param name="condition">How the image continues beyond its edges.</param>
    /// <returns>A new image of the same size: 8 × the slope for an image that rises linearly to the right.</returns>
    /// <example><code>Filtering.SobelX(Image.FromRows([0, 2, 4, 6, 8]), BoundaryCondition.Symmetric); // [8 16 16 16 8]</code></example>
    public static Image SobelX(Image image, BoundaryCondition condition)
    {
#if SOLUTION
        return CorrelateSeparable(image, [-1, 0, 1], [1, 2, 1], condition);
#else
        throw new NotImplementedException();
#endif
    }

    /// <summary>
    /// Task 5: the Sobel derivative along y (scipy.ndimage.sobel with axis = 0): [1 2 1] along each row, and the central
    /// difference [−1 0 1] down each column. As one 3×3 correlation kernel:
    /// <code>
    /// −1 −2 −1
    ///  0  0  0
    ///  1  2  1
    /// </code>
    /// The result is positive where the image gets brighter downwards (y grows downwards).
    /// </summary>
    /// <param name="image">The grey-level image f; it is not changed.</param>
    /// <param name="condition">How the image continues beyond its edges.</param>
    /// <returns>A new image of the same size.</returns>
    public static Image SobelY(Image image, BoundaryCondition condition)
    {
#if SOLUTION
        return CorrelateSeparable(image, [1, 2, 1], [-1, 0, 1], condition);
#else
        throw new NotImplementedException();
#endif
    }

    /// <summary>
    /// Task 5: the gradient magnitude, the length of the Sobel gradient vector at every pixel:
    /// √(SobelX² + SobelY²). Large on edges, whatever their direction; 0 where the image is flat.
    /// </summary>
    /// <param name="image">The grey-level image f; it is not changed.</param>
    /// <param name="condition">How the image continues beyond its edges.</param>
    /// <returns>A new image of the same size, never negative.</returns>
    /// <example><code>Image edges = Filtering.SobelMagnitude(camera, BoundaryCondition.Symmetric);</code></example>
    public static Image SobelMagnitude(Image image, BoundaryCondition condition)
    {
#if SOLUTION
        var gx = SobelX(image, condition);
        var gy = SobelY(image, condition);
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                result[x, y] = Math.Sqrt((gx[x, y] * gx[x, y]) + (gy[x, y] * gy[x, y]));
            }
        }

        return result;
#else
        throw new NotImplementedException();
#endif
    }
}
