using Labs.Testing.Snapshots;

namespace Labs.Testing.Tests.Snapshots;

/// <summary>
/// Uses the public <see cref="Snapshot"/> entry point with the .verified files committed beside this source file,
/// the way a lab's tests do.
/// </summary>
public sealed class SnapshotEndToEndTests
{
    [Test]
    public void Text_snapshot_matches_the_committed_file()
    {
        var table = string.Join('\n', Enumerable.Range(0, 4).Select(level => $"level {level}: {level * level} pixels"));

        Snapshot.Verify(table);
    }

    [TestCase(2)]
    [TestCase(3)]
    public void Parameterized_snapshot_has_one_file_per_argument(int size)
    {
        var square = string.Join('\n', Enumerable.Repeat(new string('#', size), size));

        Snapshot.Verify(square);
    }
}
