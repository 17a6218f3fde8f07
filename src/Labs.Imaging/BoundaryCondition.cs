namespace Labs.Imaging;

/// <summary>
/// How an image is extended beyond its edges when you read a pixel outside it.
/// Shown for a row <c>a b c d</c>; the names of scipy.ndimage are given so that you can compare results.
/// </summary>
/// <remarks>
/// <code>
/// Mirror     (scipy "mirror")    d c b | a b c d | c b a     whole-sample symmetry, period 2n−2
/// Symmetric  (scipy "reflect")   c b a | a b c d | d c b     half-sample symmetry, period 2n
/// Periodic   (scipy "wrap")      b c d | a b c d | a b c     period n
/// Zero       (scipy "constant")  0 0 0 | a b c d | 0 0 0     cval = 0
/// Clamp      (scipy "nearest")   a a a | a b c d | d d d     repeats the edge pixel
/// </code>
/// A one-pixel-wide image stays constant under Mirror, Symmetric, Periodic and Clamp.
/// </remarks>
public enum BoundaryCondition
{
    /// <summary>Whole-sample mirror: the edge pixel is not repeated (<c>d c b | a b c d | c b a</c>); scipy.ndimage mode <c>mirror</c>.</summary>
    Mirror,

    /// <summary>Half-sample symmetry: the edge pixel is repeated (<c>c b a | a b c d | d c b</c>); scipy.ndimage mode <c>reflect</c>.</summary>
    Symmetric,

    /// <summary>The image repeats itself (<c>b c d | a b c d | a b c</c>); scipy.ndimage mode <c>wrap</c>.</summary>
    Periodic,

    /// <summary>Every pixel outside the image is 0 (<c>0 0 | a b c d | 0 0</c>); scipy.ndimage mode <c>constant</c> with cval 0.</summary>
    Zero,

    /// <summary>The nearest edge pixel is repeated (<c>a a | a b c d | d d</c>); scipy.ndimage mode <c>nearest</c>.</summary>
    Clamp,
}
