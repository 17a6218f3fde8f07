namespace Labs.Testing;

/// <summary>A pair of panels joined for the red-overlay mode: pixels of <paramref name="Target"/> are painted red where <paramref name="Difference"/> exceeds the tolerance.</summary>
/// <param name="Target">Index of the panel painted red (the actual image).</param>
/// <param name="Difference">Index of the difference panel.</param>
internal readonly record struct ReportOverlay(int Target, int Difference);
