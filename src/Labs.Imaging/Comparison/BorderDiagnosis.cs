using System.Globalization;

namespace Labs.Imaging;

/// <summary>Finds errors confined to a narrow band along the border while the interior is right: a boundary-condition bug.</summary>
internal static class BorderDiagnosis
{
    /// <summary>
    /// The diagnosis when every wrong value lies within a band along the border no wider than a quarter of the
    /// smaller side (at least 1 pixel), and an interior remains inside the band; otherwise null.
    /// </summary>
    internal static Diagnosis? Find(ImagePair pair, int mismatchCount)
    {
        double[] a = pair.Actual.Data, e = pair.Expected.Data;
        int w = pair.Actual.Width, h = pair.Actual.Height;
        var widest = Math.Max(1, Math.Min(w, h) / 4);
        var (worstX, worstY, _) = pair.WorstPosition;
        if (Depth(worstX, worstY, w, h) > widest)
        {
            return null;
        }

        var band = 0;
        for (var c = 0; c < pair.Actual.Channels; c++)
        {
            for (var y = 0; y < h; y++)
            {
                var row = pair.Actual.Index(0, y, c);
                for (var x = 0; x < w; x++)
                {
                    if (PixelMatch.Fits(a[row + x], e[row + x], pair.Tolerance))
                    {
                        continue;
                    }

                    var depth = Depth(x, y, w, h);
                    if (depth > widest)
                    {
                        return null;
                    }

                    band = Math.Max(band, depth);
                }
            }
        }

        if (band == 0 || w - (2 * band) < 1 || h - (2 * band) < 1)
        {
            return null;
        }

        var noun = pair.Actual.Channels == 1 ? "pixel" : "value";
        var wrong = mismatchCount == 1
            ? $"The only wrong {noun} lies"
            : string.Create(CultureInfo.InvariantCulture, $"All {mismatchCount} wrong {noun}s lie");
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{wrong} in a band {band} pixel{(band == 1 ? string.Empty : "s")} wide along the border, and the interior is right: check your boundary condition, i.e. how you read pixels outside the image (see BoundaryCondition).");
        return new Diagnosis(DiagnosisKind.BorderOnly, message) { Value = band };
    }

    /// <summary>1 for the outermost ring of pixels, 2 for the next one, and so on.</summary>
    private static int Depth(int x, int y, int width, int height) =>
        Math.Min(Math.Min(x, width - 1 - x), Math.Min(y, height - 1 - y)) + 1;
}
