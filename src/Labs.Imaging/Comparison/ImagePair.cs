namespace Labs.Imaging;

/// <summary>The two images of a comparison of equal shape, with what the diagnoses need to know about them.</summary>
/// <param name="Actual">Your image.</param>
/// <param name="Expected">The expected image, of the same shape.</param>
/// <param name="Tolerance">The largest allowed |actual − expected|.</param>
/// <param name="Worst">
/// Index in <see cref="Image.Data"/> of the largest error. A diagnosis must explain this value too, so every diagnosis
/// checks it first: most wrong guesses are then rejected after one value instead of a pass over the image.
/// </param>
internal readonly record struct ImagePair(Image Actual, Image Expected, double Tolerance, int Worst)
{
    /// <summary>The worst value's column, row and channel.</summary>
    internal (int X, int Y, int Channel) WorstPosition
    {
        get
        {
            var plane = Actual.PixelCount;
            var inPlane = Worst % plane;
            return (inPlane % Actual.Width, inPlane / Actual.Width, Worst / plane);
        }
    }
}
