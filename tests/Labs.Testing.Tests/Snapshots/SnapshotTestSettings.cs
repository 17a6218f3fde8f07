using Labs.Testing.Snapshots;

namespace Labs.Testing.Tests.Snapshots;

/// <summary>Snapshot settings for tests, with a diff-tool launcher that only records its calls.</summary>
internal sealed class SnapshotTestSettings
{
    public List<(string Received, string Verified)> Launches { get; } = [];

    public SnapshotSettings Create(bool accept = false, bool diffToolAllowed = false) =>
        new(accept, diffToolAllowed, (received, verified) => Launches.Add((received, verified)));
}
