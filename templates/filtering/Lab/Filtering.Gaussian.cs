using Labs.Imaging;

namespace Lab;

public static partial class Filtering
{
    /// <summary>
    /// Task 6: the 1-D Gaussian kernel of scipy.ndimage.gaussian_filter: radius r = ⌊4σ + 0.5⌋, and for
    /// k = −r … r the weight w[k + r] = exp(−k² / (2σ²)), divided by the sum of all the weights so that they add up to 1.
    /// </summary>
    /// <param name="sigma">The standard deviation σ in pixels; must be greater than 0.</param>
    /// <returns>The 2r + 1 weights, left to right; the middle one, w[r], is the largest.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigma"/> is 0, negative, NaN or infinite.</exception>
    /// <example>
    /// <code>
    /// Filtering.GaussianKernel(1);   // r = ⌊4.5⌋ = 4: 9 weights, [0.000134 0.004432 0.053991 0.241971 0.398943 0.241971 …]
    /// Filtering.GaussianKernel(0.5); // r = ⌊2.5⌋ = 2: 5 weights
    /// </code>
    /// </example>
    public static double[] GaussianKernel(double sigma)
    {
#if SOLUTION
        if (!(sigma > 0) || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(
                nameof(sigma),
                sigma,
                FormattableString.Invariant($"GaussianKernel(sigma: {sigma}): sigma must be a finite number greater than 0, e.g. 1.5."));
        }

        var radius = (int)((4 * sigma) + 0.5);
        var weights = new double[(2 * radius) + 1];
        var sum = 0.0;
        for (var k = -radius; k <= radius; k++)
        {
            weights[k + radius] = Math.Exp(-(k * k) / (2 * sigma * sigma));
            sum += weights[k + radius];
        }

        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= sum;
        }

        return weights;
#else
        throw new NotImplementedException();
#endif
    }

    /// <summary>
    /// Task 6: Gaussian smoothing (scipy.ndimage.gaussian_filter with truncate = 4): separable correlation with
    /// <see cref="GaussianKernel"/>(σ) along the rows and along the columns.
    /// </summary>
    /// <param name="image">The grey-level image f; it is not changed.</param>
    /// <param name="sigma">The standard deviation σ in pixels, greater than 0: the larger, the blurrier.</param>
    /// <param name="condition">How the image continues beyond its edges.</param>
    /// <returns>A new, smoothed image of the same size.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigma"/> is not a finite number greater than 0.</exception>
    /// <example><code>Image blurred = Filtering.Gaussian(camera, 2, BoundaryCondition.Mirror);</code></example>
    public static Image Gaussian(Image image, double sigma, BoundaryCondition condition)
    {
#if SOLUTION
        var kernel = GaussianKernel(sigma);
        return CorrelateSeparable(image, kernel, kernel, condition);
#else
        throw new NotImplementedException();
#endif
    }

    /// <summary>
    /// Task 7: the difference of Gaussians, G<sub>σ1</sub> ∗ f − G<sub>σ2</sub> ∗ f: the image smoothed with σ1 minus the
    /// image smoothed with σ2. With σ1 &lt; σ2 it is a band-pass filter: positive on bright details a few σ1 across,
    /// negative around them, 0 on flat areas.
    /// </summary>
    /// <param name="image">The grey-level image f; it is not changed.</param>
    /// <param name="sigma1">The σ of the first (subtracted from) smoothing, greater than 0.</param>
    /// <param name="sigma2">The σ of the second (subtracted) smoothing, greater than 0; usually 1.6 × <paramref name="sigma1"/>.</param>
    /// <param name="condition">How the image continues beyond its edges, for both smoothings.</param>
    /// <returns>A new image of the same size; its values may be negative.</returns>
    /// <example><code>Image bandPass = Filtering.DifferenceOfGaussians(image, 1, 1.6, BoundaryCondition.Mirror);</code></example>
    public static Image DifferenceOfGaussians(Image image, double sigma1, double sigma2, BoundaryCondition condition)
    {
#if SOLUTION
        var fine = Gaussian(image, sigma1, condition);
        var coarse = Gaussian(image, sigma2, condition);
        var result = new Image(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                result[x, y] = fine[x, y] - coarse[x, y];
            }
        }

        return result;
#else
        throw new NotImplementedException();
#endif
    }
}
