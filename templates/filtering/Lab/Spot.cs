namespace Lab;

/// <summary>A spot found by <see cref="SpotDetector.Detect"/>: its pixel position and how strongly the detector responded there.</summary>
/// <param name="X">The column of the spot's centre pixel.</param>
/// <param name="Y">The row of the spot's centre pixel.</param>
/// <param name="Response">The difference-of-Gaussians value at (X, Y): the larger, the more prominent the spot.</param>
public readonly record struct Spot(int X, int Y, double Response);
