namespace Labs.Imaging;

/// <summary>The common bugs that <see cref="Image.Compare(Image, double)"/> can recognize in a wrong image.</summary>
public enum DiagnosisKind
{
    /// <summary>Every pixel is the expected one times the same factor k ≠ 1 (a forgotten normalization, or a sign flip when k &lt; 0).</summary>
    ScaleFactor,

    /// <summary>Every pixel is the expected one plus the same constant.</summary>
    ConstantOffset,

    /// <summary>Rows and columns are exchanged: your pixel (x, y) holds the expected pixel (y, x).</summary>
    Transposed,

    /// <summary>Left and right are exchanged; for a filter's output, usually correlation versus convolution.</summary>
    FlippedHorizontally,

    /// <summary>Top and bottom are exchanged; for a filter's output, usually correlation versus convolution.</summary>
    FlippedVertically,

    /// <summary>Flipped both horizontally and vertically; for a 2-D filter's output, usually correlation versus convolution.</summary>
    Rotated180,

    /// <summary>The whole image is moved by one pixel left, right, up or down; usually a kernel centre that is off by one.</summary>
    ShiftedByOnePixel,

    /// <summary>Values below 0 became 0 and values above 255 became 255 (converted to 8 bits too early).</summary>
    ClippedTo8BitRange,

    /// <summary>Every value lost its fraction (integer division, or a result stored in an int or a byte).</summary>
    RoundedToWholeNumbers,

    /// <summary>Every pixel of your image is 0 although the expected image is not.</summary>
    AllZero,

    /// <summary>Every wrong pixel lies in a narrow band along the border and the interior is right: a boundary-condition bug.</summary>
    BorderOnly,

    /// <summary>Your image has NaN (not a number) where the expected image has a number, e.g. from 0 / 0.</summary>
    NaNPresent,

    /// <summary>Your image has +∞ or −∞ where the expected image has a finite number, e.g. from x / 0.</summary>
    InfinityPresent,
}
