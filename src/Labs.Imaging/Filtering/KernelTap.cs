namespace Labs.Imaging.Filtering;

/// <summary>One weight of a correlation kernel, at its row and column inside the kernel.</summary>
/// <param name="Row">Kernel row, 0 at the top.</param>
/// <param name="Column">Kernel column, 0 at the left.</param>
/// <param name="Weight">The weight.</param>
internal readonly record struct KernelTap(int Row, int Column, double Weight);
