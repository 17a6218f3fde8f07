using Labs.Imaging;

namespace Lab;

/// <summary>
/// Task 8: finds small bright spots in an image, as the local maxima of a difference of Gaussians.
/// Used in the lab on a retina photograph, where microaneurysms are small dark dots (detect them on the negative image).
/// </summary>
public static class SpotDetector
{
    /// <summary>The ratio σ2 / σ1 of the two Gaussians, 1.6, with which a difference of Gaussians best approximates a Laplacian of Gaussian.</summary>
    public const double ScaleRatio = 1.6;

    /// <summary>
    /// Task 8: finds the bright spots of <paramref name="image"/>. The response is
    /// r = <see cref="Filtering.DifferenceOfGaussians"/>(image, σ, 1.6σ) with the Mirror condition; a pixel is a spot when
    /// r there is greater than <paramref name="threshold"/> and greater than r at each of its 8 neighbours (neighbours
    /// outside the image do not count).
    /// </summary>
    /// <param name="image">The grey-level image; bright spots on a darker background. It is not changed.</param>
    /// <param name="sigma">The σ of the finer Gaussian, in pixels; spots whose brightness profile is a Gaussian of standard deviation √1.6·σ ≈ 1.26σ respond most.</param>
    /// <param name="threshold">The smallest response that counts: a spot's response must be strictly greater.</param>
    /// <returns>The spots, strongest response first; spots with equal responses stay in row order (top to bottom, then left to right).</returns>
    /// <example>
    /// <code>
    /// var spots = SpotDetector.Detect(image, sigma: 1.5, threshold: 5);
    /// foreach (var spot in spots)
    /// {
    ///     Console.WriteLine($"({spot.X}, {spot.Y}): {spot.Response:F2}");
    /// }
    /// </code>
    /// </example>
    public static IReadOnlyList<Spot> Detect(Image image, double sigma, double threshold)
    {
#if SOLUTION
        var response = Filtering.DifferenceOfGaussians(image, sigma, ScaleRatio * sigma, BoundaryCondition.Mirror);
        var spots = new List<Spot>();
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (response[x, y] > threshold && IsLocalMaximum(response, x, y))
                {
                    spots.Add(new Spot(x, y, response[x, y]));
                }
            }
        }

        // OrderByDescending is stable: equal responses keep their row order.
        return [.. spots.OrderByDescending(s => s.Response)];
#else
        throw new NotImplementedException();
#endif
    }
#if SOLUTION

    /// <summary>True when r(x, y) is greater than r at each of the 8 neighbours inside the image.</summary>
    private static bool IsLocalMaximum(Image response, int x, int y)
    {
        for (var dy = -1; dy <= 1; dy++)
        {
            for (var dx = -1; dx <= 1; dx++)
            {
                int nx = x + dx, ny = y + dy;
                var isNeighbour = (dx, dy) != (0, 0);
                var inside = nx >= 0 && nx < response.Width && ny >= 0 && ny < response.Height;
                if (isNeighbour && inside && response[nx, ny] >= response[x, y])
                {
                    return false;
                }
            }
        }

        return true;
    }
#endif
}
