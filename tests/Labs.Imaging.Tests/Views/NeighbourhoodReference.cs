namespace Labs.Imaging.Tests.Views;

/// <summary>
/// Reference values from scipy 1.10 (Debian python3-scipy 1.10.1): <c>scipy.ndimage.correlate(image, k, mode=m, cval=0)</c>
/// with <c>k = numpy.arange(1, w·h + 1).reshape(h, w)</c>, i.e. k[j, i] = 1 + i + w·j, on the 5×4 image below.
/// Mode names: Mirror = "mirror", Symmetric = "reflect", Periodic = "wrap", Zero = "constant", Clamp = "nearest".
/// </summary>
/// <remarks>
/// Produced by:
/// <code>
/// img = numpy.random.default_rng(7).integers(0, 100, size=(4, 5)).astype(float)
/// for (w, h) in [(2, 2), (3, 3), (4, 4), (5, 5), (4, 3), (3, 2), (1, 5)]:
///     k = numpy.arange(1, w * h + 1, dtype=float).reshape(h, w)
///     for m in ["mirror", "reflect", "wrap", "constant", "nearest"]:
///         print(scipy.ndimage.correlate(img, k, mode=m, cval=0.0).ravel())
/// </code>
/// Sizes 5 (wider than the 4-row image) and the 1×5 column exercise folding more than once.
/// </remarks>
public static class NeighbourhoodReference
{
    /// <summary>The 5-wide, 4-high test image, [row, column].</summary>
    public static readonly double[,] Image =
    {
        { 94, 62, 68, 89, 57 },
        { 77, 83, 22, 5, 30 },
        { 28, 87, 91, 0, 49 },
        { 82, 13, 79, 11, 46 },
    };

    /// <summary>Every window size with every boundary condition.</summary>
    public static readonly WindowCase[] Cases =
    [
        new(2, 2, BoundaryCondition.Mirror, [799, 773, 585, 592, 560, 807, 781, 535, 332, 338, 610, 675, 752, 305, 261, 510, 500, 624, 372, 315]),
        new(2, 2, BoundaryCondition.Symmetric, [940, 748, 656, 806, 698, 821, 781, 535, 332, 338, 427, 675, 752, 305, 261, 658, 500, 624, 372, 315]),
        new(2, 2, BoundaryCondition.Periodic, [757, 638, 629, 661, 598, 643, 781, 535, 332, 338, 443, 675, 752, 305, 261, 571, 500, 624, 372, 315]),
        new(2, 2, BoundaryCondition.Zero, [376, 530, 458, 560, 495, 496, 781, 535, 332, 338, 266, 675, 752, 305, 261, 384, 500, 624, 372, 315]),
        new(2, 2, BoundaryCondition.Clamp, [940, 748, 656, 806, 698, 821, 781, 535, 332, 338, 427, 675, 752, 305, 261, 658, 500, 624, 372, 315]),
        new(3, 3, BoundaryCondition.Mirror, [3520, 2804, 2066, 1645, 1575, 3267, 2988, 2274, 1788, 1062, 2360, 2791, 1767, 1835, 869, 2560, 3053, 2119, 1963, 830]),
        new(3, 3, BoundaryCondition.Symmetric, [3588, 2917, 2389, 1940, 1902, 2862, 2988, 2274, 1788, 1557, 2601, 2791, 1767, 1835, 1553, 2508, 2731, 1604, 1940, 1654]),
        new(3, 3, BoundaryCondition.Periodic, [2892, 2840, 2128, 1762, 2522, 2784, 2988, 2274, 1788, 1761, 2386, 2791, 1767, 1835, 1892, 2747, 3108, 2561, 2586, 2873]),
        new(3, 3, BoundaryCondition.Zero, [2205, 2495, 1924, 1523, 916, 2264, 2988, 2274, 1788, 765, 1838, 2791, 1767, 1835, 755, 805, 1342, 782, 885, 372]),
        new(3, 3, BoundaryCondition.Clamp, [3588, 2917, 2389, 1940, 1902, 2862, 2988, 2274, 1788, 1557, 2601, 2791, 1767, 1835, 1553, 2508, 2731, 1604, 1940, 1654]),
        new(4, 4, BoundaryCondition.Mirror, [9449, 9152, 7407, 6130, 4711, 9701, 9404, 7131, 6630, 4683, 8221, 8230, 6587, 5972, 4568, 8732, 8826, 6444, 6404, 4317]),
        new(4, 4, BoundaryCondition.Symmetric, [10744, 9540, 8214, 6902, 6070, 9503, 8909, 7580, 7061, 6014, 8030, 8598, 6587, 5972, 5788, 7045, 8535, 6106, 5391, 5918]),
        new(4, 4, BoundaryCondition.Periodic, [7656, 8191, 7459, 6292, 7084, 7028, 8399, 7191, 6756, 6460, 6208, 8047, 6587, 5972, 6636, 7788, 8671, 8031, 7220, 8252]),
        new(4, 4, BoundaryCondition.Zero, [4261, 5113, 5855, 4843, 2935, 4809, 6642, 6802, 6368, 3769, 4523, 6801, 6587, 5972, 3996, 2513, 3907, 3497, 3215, 2247]),
        new(4, 4, BoundaryCondition.Clamp, [11126, 9712, 8663, 7333, 6473, 8874, 8909, 7580, 7061, 6014, 8398, 8598, 6587, 5972, 5788, 8262, 8535, 6106, 5391, 5918]),
        new(5, 5, BoundaryCondition.Mirror, [22048, 18897, 16601, 13732, 13013, 20454, 16636, 15825, 12500, 13668, 21970, 16985, 15801, 12733, 14169, 20904, 16561, 14767, 10987, 11128]),
        new(5, 5, BoundaryCondition.Symmetric, [22340, 19010, 17709, 16555, 13708, 20565, 17853, 16409, 15101, 12774, 19135, 16804, 15220, 13771, 11852, 19460, 15848, 15307, 14843, 11641]),
        new(5, 5, BoundaryCondition.Periodic, [17787, 16984, 16811, 17028, 17360, 16853, 16129, 15965, 16476, 16462, 19165, 18692, 18444, 18876, 18968, 17805, 17065, 16835, 17335, 17685]),
        new(5, 5, BoundaryCondition.Zero, [11520, 12343, 14317, 10820, 6572, 12633, 13087, 15346, 10973, 7476, 8703, 8632, 9981, 7013, 4741, 5023, 4651, 5403, 3740, 2659]),
        new(5, 5, BoundaryCondition.Clamp, [21791, 19602, 18293, 17121, 15296, 21228, 17853, 16409, 15101, 14524, 21035, 16804, 15220, 13771, 14252, 21212, 16455, 14726, 13131, 14480]),
        new(4, 3, BoundaryCondition.Mirror, [5488, 5120, 4184, 3441, 2765, 5574, 5454, 3978, 3796, 2521, 4519, 4542, 3497, 3215, 2399, 4889, 5160, 3727, 3730, 2467]),
        new(4, 3, BoundaryCondition.Symmetric, [6168, 5392, 4633, 3872, 3312, 5275, 4925, 3978, 3796, 3181, 4290, 4862, 3497, 3215, 3311, 3805, 4983, 3473, 3029, 3464]),
        new(4, 3, BoundaryCondition.Periodic, [4530, 4609, 4244, 3567, 4094, 3983, 4842, 3978, 3796, 3453, 3431, 4596, 3497, 3215, 3763, 4688, 5126, 4886, 4350, 5046]),
        new(4, 3, BoundaryCondition.Zero, [2997, 3489, 3855, 3179, 1851, 3085, 4194, 3978, 3796, 2125, 2513, 3907, 3497, 3215, 2247, 1110, 1896, 1604, 1449, 1021]),
        new(4, 3, BoundaryCondition.Clamp, [6306, 5392, 4633, 3872, 3312, 4746, 4925, 3978, 3796, 3181, 4610, 4862, 3497, 3215, 3311, 4712, 4983, 3473, 3029, 3464]),
        new(3, 2, BoundaryCondition.Mirror, [1576, 1403, 1264, 1181, 1255, 1651, 1277, 937, 710, 670, 1496, 1402, 945, 780, 325, 944, 1342, 782, 885, 438]),
        new(3, 2, BoundaryCondition.Symmetric, [1686, 1516, 1587, 1476, 1357, 1659, 1277, 937, 710, 724, 1254, 1402, 945, 780, 694, 1161, 1342, 782, 885, 795]),
        new(3, 2, BoundaryCondition.Periodic, [1319, 1439, 1326, 1298, 1554, 1434, 1277, 937, 710, 1117, 1291, 1402, 945, 780, 709, 1038, 1342, 782, 885, 948]),
        new(3, 2, BoundaryCondition.Zero, [842, 1094, 1122, 1059, 641, 1257, 1277, 937, 710, 373, 1065, 1402, 945, 780, 310, 805, 1342, 782, 885, 372]),
        new(3, 2, BoundaryCondition.Clamp, [1686, 1516, 1587, 1476, 1357, 1659, 1277, 937, 710, 724, 1254, 1402, 945, 780, 694, 1161, 1342, 782, 885, 795]),
        new(1, 5, BoundaryCondition.Mirror, [912, 1206, 882, 297, 645, 1018, 869, 983, 253, 660, 800, 976, 1156, 143, 693, 876, 1059, 915, 63, 612]),
        new(1, 5, BoundaryCondition.Symmetric, [995, 1160, 905, 470, 680, 1035, 848, 1029, 337, 687, 1070, 606, 1096, 198, 678, 847, 783, 1212, 82, 695]),
        new(1, 5, BoundaryCondition.Periodic, [922, 1066, 996, 309, 677, 1023, 799, 1040, 259, 676, 1130, 851, 1041, 588, 733, 1140, 959, 823, 419, 644]),
        new(1, 5, BoundaryCondition.Zero, [730, 953, 747, 287, 536, 941, 786, 961, 248, 630, 660, 541, 701, 143, 448, 379, 296, 441, 38, 266]),
        new(1, 5, BoundaryCondition.Clamp, [1012, 1139, 951, 554, 707, 1035, 848, 1029, 337, 687, 1070, 606, 1096, 198, 678, 1117, 413, 1152, 137, 680]),
    ];

    /// <summary>One scipy result: window size, condition and the correlation output in row-major order.</summary>
    /// <param name="Width">Kernel width w.</param>
    /// <param name="Height">Kernel height h.</param>
    /// <param name="Condition">The boundary condition (scipy mode).</param>
    /// <param name="Output">scipy's output, row by row.</param>
    public sealed record WindowCase(int Width, int Height, BoundaryCondition Condition, double[] Output)
    {
        /// <summary>The output as a [row, column] array.</summary>
        public double[,] Expected(int imageWidth, int imageHeight)
        {
            var result = new double[imageHeight, imageWidth];
            for (var i = 0; i < Output.Length; i++)
            {
                result[i / imageWidth, i % imageWidth] = Output[i];
            }

            return result;
        }

        /// <summary>Shown in the test name.</summary>
        public override string ToString() => $"{Width}×{Height} {Condition}";
    }
}
