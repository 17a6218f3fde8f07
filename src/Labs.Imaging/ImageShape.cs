namespace Labs.Imaging;

/// <summary>The size of an image: width (columns), height (rows) and number of channels.</summary>
/// <param name="Width">Number of columns.</param>
/// <param name="Height">Number of rows.</param>
/// <param name="Channels">1 for grayscale, 3 for RGB.</param>
public readonly record struct ImageShape(int Width, int Height, int Channels = 1)
{
    /// <summary>Written as <c>64×48</c> for grayscale and <c>64×48 RGB</c> for colour.</summary>
    public override string ToString() => Channels == 1 ? $"{Width}×{Height}" : $"{Width}×{Height} RGB";
}
