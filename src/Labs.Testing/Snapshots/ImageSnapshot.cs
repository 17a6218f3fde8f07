using Labs.Imaging;

namespace Labs.Testing.Snapshots;

/// <summary>
/// Checks an image against a <c>.verified.png</c> file. Snapshots are 8-bit PNG files: before saving and comparing,
/// values are rounded to whole numbers and clipped to 0..255 (NaN becomes 0), so only differences that show in an
/// 8-bit image count. Check values that need more precision with a text snapshot or an assertion.
/// </summary>
internal static class ImageSnapshot
{
    /// <summary>The file extension of image snapshots.</summary>
    public const string Extension = "png";

    /// <summary>The word that names this kind of snapshot in messages.</summary>
    public const string Kind = "Image snapshot";

    /// <summary>Compares <paramref name="image"/> with the verified PNG at <paramref name="location"/>.</summary>
    /// <param name="image">The image to check.</param>
    /// <param name="tolerance">How much difference is allowed.</param>
    /// <param name="location">Where the snapshot's files are.</param>
    /// <param name="settings">Whether to accept, and whether to open a diff tool.</param>
    public static SnapshotResult Verify(Image image, ImageTolerance tolerance, SnapshotLocation location, SnapshotSettings settings)
    {
        var received = location.Received(Extension);
        var verified = location.Verified(Extension);
        var heatMap = location.ReceivedDifference();
        var quantized = ImageDifference.Quantized(image);

        string? problem = null;
        ImageDifference? difference = null;
        var expected = SnapshotFiles.Exists(verified) ? Read(verified, out problem) : null;
        if (expected is not null)
        {
            if (expected.Shape != quantized.Shape)
            {
                problem = $"the received image is {quantized.Shape} but the verified image is {expected.Shape}.";
            }
            else
            {
                difference = ImageDifference.Measure(quantized, expected, tolerance);
                if (difference.WithinTolerance)
                {
                    SnapshotFiles.Delete(received);
                    SnapshotFiles.Delete(heatMap);
                    return SnapshotResult.Pass;
                }

                problem = difference.Describe(quantized.Channels);
            }
        }

        SnapshotFiles.Delete(heatMap);
        if (settings.Accept)
        {
            ImageFile.Save(quantized, verified);
            SnapshotFiles.Delete(received);
            return new SnapshotResult(true, SnapshotMessages.Accepted(Kind, location.Name, verified));
        }

        ImageFile.Save(quantized, received);
        string? extra = null;
        if (difference is not null && !location.ReceivedElsewhere)
        {
            ImageFile.Save(DifferenceHeatMap.Draw(difference, quantized.Width, quantized.Height), heatMap);
            extra = $"Difference: {heatMap} ({DifferenceHeatMap.Legend}, white = {difference.LargestDifference})";
        }

        SnapshotFiles.LaunchDiffTool(settings, received, verified);
        var message = problem is null
            ? SnapshotMessages.NoVerifiedFile(Kind, location.Name, received, verified, location.ReceivedElsewhere)
            : SnapshotMessages.Mismatch(Kind, location.Name, problem, received, verified, extra, location.ReceivedElsewhere);
        return new SnapshotResult(false, message);
    }

    private static Image? Read(string verified, out string? problem)
    {
        try
        {
            problem = null;
            return ImageFile.Load(verified);
        }
        catch (ImageFileException e)
        {
            problem = $"the verified file cannot be read ({e.Message}).";
            return null;
        }
    }
}
