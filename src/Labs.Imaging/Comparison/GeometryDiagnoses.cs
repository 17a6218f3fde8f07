namespace Labs.Imaging;

/// <summary>
/// Bugs that move pixels without changing their values: flips, a 180° rotation, a transpose, a shift by one pixel.
/// Each is claimed only when it explains every pixel within the tolerance.
/// </summary>
/// <remarks>
/// Every transformation reads the expected pixel at index <c>start + x · strideX + y · strideY</c> of each channel plane,
/// so no transformed copy of the image is ever made.
/// </remarks>
internal static class GeometryDiagnoses
{
    // The image is visited in tiles of this many pixels square, so that a transpose reads memory close to what it read before.
    private const int Tile = 64;

    private const string FilterHint =
        "For a filter's output this usually means correlation versus convolution: the kernel was used without flipping it, or flipped when it should not be.";

    private const string TransposeMessage =
        "Your image is the transpose of the expected one (rows and columns swapped: x and y exchanged). Check the order of x and y, e.g. GetPixel(x, y) versus an array indexed [y, x].";

    private static readonly (int Dx, int Dy, string Direction, string Source)[] Shifts =
    [
        (1, 0, "to the right", "(x − 1, y)"),
        (-1, 0, "to the left", "(x + 1, y)"),
        (0, 1, "down", "(x, y − 1)"),
        (0, -1, "up", "(x, y + 1)"),
    ];

    /// <summary>The first flip, rotation, transpose or shift that explains every pixel of a same-sized image, or null.</summary>
    internal static Diagnosis? Find(ImagePair pair)
    {
        int w = pair.Actual.Width, h = pair.Actual.Height;
        var all = new Region(0, w, 0, h);
        if (w > 1 && Explains(pair, new Mapping(w - 1, -1, w), all))
        {
            return new Diagnosis(
                DiagnosisKind.FlippedHorizontally,
                $"Your image is the expected one flipped horizontally (left and right exchanged). {FilterHint}");
        }

        if (h > 1 && Explains(pair, new Mapping((h - 1) * w, 1, -w), all))
        {
            return new Diagnosis(
                DiagnosisKind.FlippedVertically,
                $"Your image is the expected one flipped vertically (top and bottom exchanged). {FilterHint}");
        }

        if (w > 1 && h > 1 && Explains(pair, new Mapping(((h - 1) * w) + w - 1, -1, -w), all))
        {
            return new Diagnosis(
                DiagnosisKind.Rotated180,
                $"Your image is the expected one rotated by 180° (flipped both horizontally and vertically). {FilterHint}");
        }

        if (w == h && w > 1 && Explains(pair, new Mapping(0, w, 1), all))
        {
            return new Diagnosis(DiagnosisKind.Transposed, TransposeMessage);
        }

        return FindShift(pair);
    }

    /// <summary>For a W×H image expected as H×W: the transpose diagnosis when your image is the expected one transposed, or null.</summary>
    internal static Diagnosis? FindTransposedShape(Image actual, Image expected, double tolerance)
    {
        var swapped = actual.Width == expected.Height && actual.Height == expected.Width && actual.Channels == expected.Channels;
        var pair = new ImagePair(actual, expected, tolerance, 0);
        return swapped && Explains(pair, new Mapping(0, expected.Width, 1), new Region(0, actual.Width, 0, actual.Height))
            ? new Diagnosis(DiagnosisKind.Transposed, TransposeMessage)
            : null;
    }

    /// <summary>
    /// A shift by one pixel: actual(x, y) = expected(x − dx, y − dy) wherever (x − dx, y − dy) is inside the image.
    /// The row or column that the shift leaves uncovered is not checked, so the shift must also put right at least
    /// one pixel that is wrong, and at least two rows or columns must be checked along the shift.
    /// </summary>
    private static Diagnosis? FindShift(ImagePair pair)
    {
        int w = pair.Actual.Width, h = pair.Actual.Height;
        foreach (var (dx, dy, direction, source) in Shifts)
        {
            if ((dx != 0 && w < 3) || (dy != 0 && h < 3))
            {
                continue;
            }

            var checkedRegion = new Region(Math.Max(0, dx), w + Math.Min(0, dx), Math.Max(0, dy), h + Math.Min(0, dy));
            if (HasWrongPixel(pair, checkedRegion) && Explains(pair, new Mapping(-dx - (dy * w), 1, w), checkedRegion))
            {
                var message =
                    $"Your image is the expected one shifted one pixel {direction}: your pixel (x, y) holds the expected value of {source}. " +
                    "Usually the kernel's centre is off by one: for a kernel of size n the centre is n / 2 (integer division), e.g. 1 for size 3.";
                return new Diagnosis(DiagnosisKind.ShiftedByOnePixel, message) { ShiftX = dx, ShiftY = dy };
            }
        }

        return null;
    }

    /// <summary>True when some pixel in the region is wrong where it is: a shift that fits the region then explains it.</summary>
    private static bool HasWrongPixel(ImagePair pair, Region region)
    {
        var (x, y, _) = pair.WorstPosition;
        if (region.Contains(x, y))
        {
            return true;
        }

        double[] a = pair.Actual.Data, e = pair.Expected.Data;
        for (var c = 0; c < pair.Actual.Channels; c++)
        {
            for (var row = region.Y0; row < region.Y1; row++)
            {
                var start = pair.Actual.Index(0, row, c);
                for (var i = start + region.X0; i < start + region.X1; i++)
                {
                    if (!PixelMatch.Fits(a[i], e[i], pair.Tolerance))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when every actual pixel in <paramref name="region"/> fits the expected pixel that <paramref name="map"/> gives for it.</summary>
    private static bool Explains(ImagePair pair, Mapping map, Region region)
    {
        double[] a = pair.Actual.Data, e = pair.Expected.Data;
        var tolerance = pair.Tolerance;
        var plane = pair.Expected.PixelCount;
        var (worstX, worstY, worstChannel) = pair.WorstPosition;
        if (region.Contains(worstX, worstY) && !PixelMatch.Fits(a[pair.Worst], e[map.Source(plane, worstX, worstY, worstChannel)], tolerance))
        {
            return false;
        }

        for (var c = 0; c < pair.Actual.Channels; c++)
        {
            for (var tileY = region.Y0; tileY < region.Y1; tileY += Tile)
            {
                for (var tileX = region.X0; tileX < region.X1; tileX += Tile)
                {
                    int yEnd = Math.Min(tileY + Tile, region.Y1), xEnd = Math.Min(tileX + Tile, region.X1);
                    for (var y = tileY; y < yEnd; y++)
                    {
                        var row = pair.Actual.Index(0, y, c);
                        var source = map.Source(plane, 0, y, c);
                        for (var x = tileX; x < xEnd; x++)
                        {
                            if (!PixelMatch.Fits(a[row + x], e[source + (x * map.StrideX)], tolerance))
                            {
                                return false;
                            }
                        }
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Where the expected value for actual pixel (x, y) lies: <c>channel · plane + Start + x · StrideX + y · StrideY</c>.</summary>
    private readonly record struct Mapping(int Start, int StrideX, int StrideY)
    {
        internal int Source(int plane, int x, int y, int channel) => (channel * plane) + Start + (x * StrideX) + (y * StrideY);
    }

    /// <summary>Columns X0 to X1 − 1 and rows Y0 to Y1 − 1.</summary>
    private readonly record struct Region(int X0, int X1, int Y0, int Y1)
    {
        internal bool Contains(int x, int y) => x >= X0 && x < X1 && y >= Y0 && y < Y1;
    }
}
