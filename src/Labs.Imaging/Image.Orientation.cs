namespace Labs.Imaging;

/// <content>Transpose and flips: new images with the pixels moved, the values unchanged.</content>
public sealed partial class Image
{
    /// <summary>
    /// Returns a new image with rows and columns swapped: the pixel at (x, y) moves to (y, x), so a W×H image becomes H×W.
    /// This image is not changed.
    /// </summary>
    /// <example>
    /// <code>
    /// Image.FromRows([1, 2, 3], [4, 5, 6]).Transpose();
    /// // 1 4
    /// // 2 5
    /// // 3 6
    /// </code>
    /// </example>
    public Image Transpose()
    {
        var result = new Image(Height, Width, Channels);
        for (var c = 0; c < Channels; c++)
        {
            for (var y = 0; y < Height; y++)
            {
                for (var x = 0; x < Width; x++)
                {
                    result._data[result.Index(y, x, c)] = _data[Index(x, y, c)];
                }
            }
        }

        return result;
    }

    /// <summary>Returns a new image mirrored left ↔ right: column x moves to column Width − 1 − x. This image is not changed.</summary>
    /// <example><code>Image.FromRows([1, 2, 3]).FlipHorizontal(); // 3 2 1</code></example>
    public Image FlipHorizontal()
    {
        var result = new Image(Width, Height, Channels);
        for (var c = 0; c < Channels; c++)
        {
            for (var y = 0; y < Height; y++)
            {
                for (var x = 0; x < Width; x++)
                {
                    result._data[result.Index(Width - 1 - x, y, c)] = _data[Index(x, y, c)];
                }
            }
        }

        return result;
    }

    /// <summary>Returns a new image mirrored top ↔ bottom: row y moves to row Height − 1 − y. This image is not changed.</summary>
    /// <example>
    /// <code>
    /// Image.FromRows([1, 2], [3, 4]).FlipVertical();
    /// // 3 4
    /// // 1 2
    /// </code>
    /// </example>
    public Image FlipVertical()
    {
        var result = new Image(Width, Height, Channels);
        for (var c = 0; c < Channels; c++)
        {
            for (var y = 0; y < Height; y++)
            {
                Array.Copy(_data, Index(0, y, c), result._data, result.Index(0, Height - 1 - y, c), Width);
            }
        }

        return result;
    }
}
