using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Labs.Imaging;

/// <summary>
/// Maps a coordinate that may lie outside <c>[0, n)</c> back inside, following a <see cref="BoundaryCondition"/>.
/// Works at any distance from the image (many periods away).
/// </summary>
public static class Boundary
{
    /// <summary>
    /// Returns the index inside <c>[0, length)</c> whose value is read for <paramref name="index"/>,
    /// or −1 for <see cref="BoundaryCondition.Zero"/> outside the image (the value there is 0).
    /// </summary>
    /// <param name="index">The coordinate you want to read; may be negative or ≥ <paramref name="length"/>.</param>
    /// <param name="length">The number of pixels along this axis (≥ 1).</param>
    /// <param name="condition">How the signal is extended beyond its ends.</param>
    /// <example>
    /// <code>
    /// Boundary.Fold(-1, 4, BoundaryCondition.Mirror);    // 1  (d c b | a b c d)
    /// Boundary.Fold(-1, 4, BoundaryCondition.Symmetric); // 0  (c b a | a b c d)
    /// Boundary.Fold(5, 4, BoundaryCondition.Periodic);   // 1
    /// </code>
    /// </example>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Fold(int index, int length, BoundaryCondition condition)
    {
        if ((uint)index < (uint)length)
        {
            return index;
        }

        if (length <= 0)
        {
            ThrowBadLength(length);
        }

        return FoldOutside(index, length, condition);
    }

    // Inlined too, so that Image.GetPixel(x, y, condition) contains no call that returns (see the comment there).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FoldOutside(int index, int length, BoundaryCondition condition)
    {
        switch (condition)
        {
            case BoundaryCondition.Zero:
                return -1;
            case BoundaryCondition.Clamp:
                return index < 0 ? 0 : length - 1;
            case BoundaryCondition.Periodic:
                return PositiveModulo(index, length);
            case BoundaryCondition.Mirror:
                {
                    if (length == 1)
                    {
                        return 0;
                    }

                    var period = 2L * length - 2;
                    var k = PositiveModulo(index, period);
                    return (int)(k < length ? k : period - k);
                }

            case BoundaryCondition.Symmetric:
                {
                    var period = 2L * length;
                    var k = PositiveModulo(index, period);
                    return (int)(k < length ? k : period - 1 - k);
                }

            default:
                ThrowUnknownCondition(condition);
                return -1;
        }
    }

    [DoesNotReturn]
    private static void ThrowBadLength(int length) =>
        throw new ArgumentOutOfRangeException(nameof(length), length, "Boundary.Fold needs a length of at least 1.");

    [DoesNotReturn]
    private static void ThrowUnknownCondition(BoundaryCondition condition) =>
        throw new ArgumentOutOfRangeException(nameof(condition), condition, "Unknown boundary condition.");

    private static int PositiveModulo(int value, int modulus)
    {
        var r = value % modulus;
        return r < 0 ? r + modulus : r;
    }

    private static long PositiveModulo(long value, long modulus)
    {
        var r = value % modulus;
        return r < 0 ? r + modulus : r;
    }
}
