namespace Labs.Testing.Snapshots;

/// <summary>The outcome of one snapshot check: passed or not, and what to tell the student.</summary>
/// <param name="Passed">True when the output matches the verified file (or was accepted).</param>
/// <param name="Message">Why it failed and what to do; for an accepted snapshot, which file was written; empty on a plain pass.</param>
internal sealed record SnapshotResult(bool Passed, string Message)
{
    /// <summary>A plain pass: the output matches the verified file.</summary>
    public static SnapshotResult Pass { get; } = new(true, string.Empty);
}
