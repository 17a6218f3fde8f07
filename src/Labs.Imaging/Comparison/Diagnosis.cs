namespace Labs.Imaging;

/// <summary>
/// A common bug recognized by <see cref="Image.Compare(Image, double)"/>, with a message that explains it to you.
/// A diagnosis is only made when it explains every pixel (within the tolerance), never from a few pixels that happen to fit.
/// </summary>
/// <param name="Kind">Which bug was recognized.</param>
/// <param name="Message">The explanation for you, e.g. <c>Every pixel is 3 times too large: did you forget to normalize by a factor of 3?</c></param>
/// <example>
/// <code>
/// var result = mine.Compare(expected);
/// foreach (var diagnosis in result.Diagnoses)
/// {
///     Console.WriteLine(diagnosis.Message);
/// }
/// </code>
/// </example>
public sealed record Diagnosis(DiagnosisKind Kind, string Message)
{
    /// <summary>
    /// The number that goes with the diagnosis, or null: the factor k for <see cref="DiagnosisKind.ScaleFactor"/>
    /// (your image = k × expected), the constant c for <see cref="DiagnosisKind.ConstantOffset"/> (your image = expected + c),
    /// the width in pixels of the wrong band for <see cref="DiagnosisKind.BorderOnly"/>, and the number of bad values for
    /// <see cref="DiagnosisKind.NaNPresent"/> and <see cref="DiagnosisKind.InfinityPresent"/>.
    /// </summary>
    public double? Value { get; init; }

    /// <summary>For <see cref="DiagnosisKind.ShiftedByOnePixel"/>: how far the content moved along x (+1 right, −1 left); otherwise 0.</summary>
    public int ShiftX { get; init; }

    /// <summary>For <see cref="DiagnosisKind.ShiftedByOnePixel"/>: how far the content moved along y (+1 down, −1 up); otherwise 0.</summary>
    public int ShiftY { get; init; }

    /// <summary>For <see cref="DiagnosisKind.NaNPresent"/> and <see cref="DiagnosisKind.InfinityPresent"/>: the first bad value; otherwise null.</summary>
    public PixelPosition? FirstPosition { get; init; }

    /// <summary>The <see cref="Message"/>.</summary>
    public override string ToString() => Message;
}
