using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Labs.Imaging.Filtering;

/// <summary>
/// The engine behind <see cref="Image.Correlate"/>, <see cref="Image.Convolve"/> and
/// <see cref="Image.CorrelateSeparable"/>, following scipy.ndimage exactly.
/// </summary>
/// <remarks>
/// <para>Output pixel (x, y) is Σ k[j, i] · in[y + j − centreRow, x + i − centreColumn], summed in row-major
/// kernel order, one multiplication and one addition per tap (no fused multiply-add), as scipy does.</para>
/// <para>Rows are processed in blocks: each block copies the rows it needs, extended left and right with the
/// boundary condition, into a scratch buffer; rows above and below the image are picked with
/// <see cref="Boundary.Fold"/>. The inner loops then run over contiguous spans.</para>
/// </remarks>
internal static class Correlation
{
    /// <summary>scipy's DBL_EPSILON: weights whose magnitude is not larger than this are skipped by scipy.ndimage.correlate.</summary>
    internal const double NegligibleWeight = 2.220446049250313e-16;

    private const int RowsPerBlock = 32;

    // Below this many multiply-adds a call runs on one thread: starting tasks would cost more than it saves.
    private const long ParallelThreshold = 1 << 18;

    /// <summary>Correlates every channel of <paramref name="source"/> with a 2-D kernel.</summary>
    /// <param name="source">The image to filter; it is not changed.</param>
    /// <param name="taps">The weights to use (negligible ones already removed).</param>
    /// <param name="kernelRows">Number of kernel rows.</param>
    /// <param name="kernelColumns">Number of kernel columns.</param>
    /// <param name="centreRow">Kernel row that sits on the output pixel.</param>
    /// <param name="centreColumn">Kernel column that sits on the output pixel.</param>
    /// <param name="condition">How the image is extended beyond its edges.</param>
    internal static Image Correlate2D(
        Image source,
        KernelTap[] taps,
        int kernelRows,
        int kernelColumns,
        int centreRow,
        int centreColumn,
        BoundaryCondition condition)
    {
        int width = source.Width, height = source.Height, channels = source.Channels;
        if (taps.Length == 0)
        {
            return Image.Create(width, height, channels);
        }

        // Every output value is written below, so the storage need not be cleared first.
        var result = Image.Wrap(width, height, channels, GC.AllocateUninitializedArray<double>(source.Data.Length));

        var columnFold = FoldTable(width, kernelColumns, centreColumn, condition);
        var paddedWidth = width + kernelColumns - 1;
        var offsets = new int[taps.Length];
        var weights = new double[taps.Length];
        for (var t = 0; t < taps.Length; t++)
        {
            offsets[t] = (taps[t].Row * paddedWidth) + taps[t].Column;
            weights[t] = taps[t].Weight;
        }

        var blocks = (height + RowsPerBlock - 1) / RowsPerBlock;
        var input = source.Data;
        var output = result.Data;
        var plane = width * height;

        void RunBlock(int item)
        {
            var channel = item / blocks;
            var y0 = (item % blocks) * RowsPerBlock;
            var y1 = Math.Min(y0 + RowsPerBlock, height);
            var bufferRows = y1 - y0 + kernelRows - 1;
            var buffer = ArrayPool<double>.Shared.Rent(bufferRows * paddedWidth);
            try
            {
                var sourcePlane = new ReadOnlySpan<double>(input, channel * plane, plane);
                for (var p = 0; p < bufferRows; p++)
                {
                    var sy = Boundary.Fold(y0 + p - centreRow, height, condition);
                    var padded = buffer.AsSpan(p * paddedWidth, paddedWidth);
                    if (sy < 0)
                    {
                        padded.Clear();
                    }
                    else
                    {
                        PadRow(sourcePlane.Slice(sy * width, width), padded, columnFold, centreColumn);
                    }
                }

                for (var y = y0; y < y1; y++)
                {
                    var sum = output.AsSpan((channel * plane) + (y * width), width);
                    SumTaps(buffer.AsSpan(0, bufferRows * paddedWidth), (y - y0) * paddedWidth, offsets, weights, sum);
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(buffer);
            }
        }

        Run(blocks * channels, (long)plane * channels * taps.Length, RunBlock);
        return result;
    }

    /// <summary>Correlates every row with <paramref name="rowKernel"/>, then every column with <paramref name="columnKernel"/>.</summary>
    /// <param name="source">The image to filter; it is not changed.</param>
    /// <param name="rowKernel">Weights along x (non-empty).</param>
    /// <param name="columnKernel">Weights along y (non-empty).</param>
    /// <param name="condition">How the image is extended beyond its edges.</param>
    internal static Image CorrelateSeparable(Image source, double[] rowKernel, double[] columnKernel, BoundaryCondition condition)
    {
        int width = source.Width, height = source.Height, channels = source.Channels;
        var plane = width * height;
        var centreColumn = rowKernel.Length / 2;
        var centreRow = columnKernel.Length / 2;
        var columnFold = FoldTable(width, rowKernel.Length, centreColumn, condition);
        var rowFold = new int[height + columnKernel.Length - 1];
        for (var p = 0; p < rowFold.Length; p++)
        {
            rowFold[p] = Boundary.Fold(p - centreRow, height, condition);
        }

        var input = source.Data;
        var across = new double[input.Length];
        var result = Image.Create(width, height, channels);
        var output = result.Data;

        // Pass 1: along each row, through a padded copy of that row.
        void RunRow(int item)
        {
            var paddedWidth = width + rowKernel.Length - 1;
            var padded = ArrayPool<double>.Shared.Rent(paddedWidth);
            try
            {
                var start = item * width;
                PadRow(new ReadOnlySpan<double>(input, start, width), padded.AsSpan(0, paddedWidth), columnFold, centreColumn);
                var sum = across.AsSpan(start, width);
                for (var i = 0; i < rowKernel.Length; i++)
                {
                    AddScaled(sum, padded.AsSpan(i, width), rowKernel[i]);
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(padded);
            }
        }

        // Pass 2: along each column, reading whole rows of pass 1; rows outside are found with the fold table.
        void RunColumn(int item)
        {
            var channel = item / height;
            var y = item % height;
            var sum = output.AsSpan((channel * plane) + (y * width), width);
            for (var j = 0; j < columnKernel.Length; j++)
            {
                var sy = rowFold[y + j];
                if (sy >= 0)
                {
                    AddScaled(sum, across.AsSpan((channel * plane) + (sy * width), width), columnKernel[j]);
                }
                else
                {
                    // Zero outside: the tap still adds weight · 0, which matters only when the weight is not finite.
                    AddConstant(sum, columnKernel[j] * 0.0);
                }
            }
        }

        Run(height * channels, (long)plane * channels * rowKernel.Length, RunRow);
        Run(height * channels, (long)plane * channels * columnKernel.Length, RunColumn);
        return result;
    }

    /// <summary>For each padded column q, the image column read there (−1 for 0 outside under Zero).</summary>
    private static int[] FoldTable(int length, int kernelLength, int centre, BoundaryCondition condition)
    {
        var table = new int[length + kernelLength - 1];
        for (var q = 0; q < table.Length; q++)
        {
            table[q] = Boundary.Fold(q - centre, length, condition);
        }

        return table;
    }

    /// <summary>Copies one image row into <paramref name="padded"/>, extending it on both sides with the fold table.</summary>
    private static void PadRow(ReadOnlySpan<double> row, Span<double> padded, int[] columnFold, int centre)
    {
        row.CopyTo(padded[centre..]);
        for (var q = 0; q < centre; q++)
        {
            padded[q] = ValueAt(row, columnFold[q]);
        }

        for (var q = centre + row.Length; q < padded.Length; q++)
        {
            padded[q] = ValueAt(row, columnFold[q]);
        }
    }

    private static double ValueAt(ReadOnlySpan<double> row, int folded) => folded < 0 ? 0 : row[folded];

    /// <summary>
    /// sum[x] = Σ<sub>t</sub> weights[t] · padded[start + offsets[t] + x] for x in [0, sum.Length), taps summed in order.
    /// Four vectors of outputs are summed side by side so that the additions of one do not wait for the other.
    /// </summary>
    private static void SumTaps(ReadOnlySpan<double> padded, int start, int[] offsets, double[] weights, Span<double> sum)
    {
        var width = sum.Length;
        var lanes = Vector<double>.Count;
        var x = 0;

        // Every tap reads padded[start + offsets[t] + x .. + width − 1]; offsets grow with the tap index (row-major
        // kernel order), so checking the last one once keeps every read below inside padded.
        if (start + offsets[^1] + width > padded.Length)
        {
            throw new ArgumentException("The padded rows are too short for the kernel.", nameof(padded));
        }

        ref var origin = ref MemoryMarshal.GetReference(padded);
        ref var target = ref MemoryMarshal.GetReference(sum);
        if (Vector.IsHardwareAccelerated)
        {
            for (; x <= width - (4 * lanes); x += 4 * lanes)
            {
                Vector<double> a0 = Vector<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
                for (var t = 0; t < offsets.Length; t++)
                {
                    var w = new Vector<double>(weights[t]);
                    ref var first = ref Unsafe.Add(ref origin, start + offsets[t] + x);
                    a0 += Vector.LoadUnsafe(ref first) * w;
                    a1 += Vector.LoadUnsafe(ref first, (nuint)lanes) * w;
                    a2 += Vector.LoadUnsafe(ref first, (nuint)(2 * lanes)) * w;
                    a3 += Vector.LoadUnsafe(ref first, (nuint)(3 * lanes)) * w;
                }

                ref var out0 = ref Unsafe.Add(ref target, x);
                a0.StoreUnsafe(ref out0);
                a1.StoreUnsafe(ref out0, (nuint)lanes);
                a2.StoreUnsafe(ref out0, (nuint)(2 * lanes));
                a3.StoreUnsafe(ref out0, (nuint)(3 * lanes));
            }

            for (; x <= width - lanes; x += lanes)
            {
                var a = Vector<double>.Zero;
                for (var t = 0; t < offsets.Length; t++)
                {
                    a += Vector.LoadUnsafe(ref Unsafe.Add(ref origin, start + offsets[t] + x)) * new Vector<double>(weights[t]);
                }

                a.StoreUnsafe(ref Unsafe.Add(ref target, x));
            }
        }

        for (; x < width; x++)
        {
            var s = 0.0;
            for (var t = 0; t < offsets.Length; t++)
            {
                s += padded[start + offsets[t] + x] * weights[t];
            }

            sum[x] = s;
        }
    }

    /// <summary>sum[x] += values[x] · weight for every x, four or eight lanes at a time where the CPU allows.</summary>
    private static void AddScaled(Span<double> sum, ReadOnlySpan<double> values, double weight)
    {
        var x = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var sums = MemoryMarshal.Cast<double, Vector<double>>(sum);
            var vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
            var weights = new Vector<double>(weight);
            for (var k = 0; k < sums.Length; k++)
            {
                sums[k] += vectors[k] * weights;
            }

            x = sums.Length * Vector<double>.Count;
        }

        for (; x < sum.Length; x++)
        {
            sum[x] += values[x] * weight;
        }
    }

    private static void AddConstant(Span<double> sum, double value)
    {
        for (var x = 0; x < sum.Length; x++)
        {
            sum[x] += value;
        }
    }

    private static void Run(int items, long work, Action<int> body)
    {
        if (work < ParallelThreshold || items == 1)
        {
            for (var item = 0; item < items; item++)
            {
                body(item);
            }
        }
        else
        {
            Parallel.For(0, items, body);
        }
    }
}
