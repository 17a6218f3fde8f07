namespace Labs.Imaging.Tests.Filtering;

/// <summary>scipy.ndimage.correlate1d along x, then along y, on <see cref="ScipyReference.Image"/>.</summary>
public sealed record ScipySeparableCase(string Name, BoundaryCondition Condition, double[] RowKernel, double[] ColumnKernel, double[,] Expected)
{
    public override string ToString() => $"{Name} {Condition}";
}
