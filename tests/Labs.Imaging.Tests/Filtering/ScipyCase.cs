namespace Labs.Imaging.Tests.Filtering;

/// <summary>A scipy.ndimage.correlate or convolve result on <see cref="ScipyReference.Image"/>.</summary>
public sealed record ScipyCase(string Operation, string KernelName, BoundaryCondition Condition, double[,] Kernel, double[,] Expected)
{
    public override string ToString() => $"{Operation} {KernelName} {Condition}";
}
