namespace Labs.Imaging;

/// <summary>The colour of one RGB pixel. Values are doubles and are not limited to [0, 255].</summary>
/// <param name="R">Red.</param>
/// <param name="G">Green.</param>
/// <param name="B">Blue.</param>
public readonly record struct Rgb(double R, double G, double B)
{
    /// <summary>Written as <c>(R, G, B)</c>, e.g. <c>(255, 128, 0)</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({R}, {G}, {B})");
}
