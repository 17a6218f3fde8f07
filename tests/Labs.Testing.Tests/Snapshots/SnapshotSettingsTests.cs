using Labs.Testing.Snapshots;

namespace Labs.Testing.Tests.Snapshots;

[NonParallelizable]
public sealed class SnapshotSettingsTests
{
    private static readonly string[] _variables = ["LABS_ACCEPT_SNAPSHOTS", "Verify_AutoVerify", "CI"];
    private readonly Dictionary<string, string?> _saved = [];

    [SetUp]
    public void SaveEnvironment()
    {
        foreach (var name in _variables)
        {
            _saved[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [TearDown]
    public void RestoreEnvironment()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    [TestCase("1")]
    [TestCase("true")]
    [TestCase("TRUE")]
    [TestCase("yes")]
    public void Accept_variable_turns_accepting_on(string value)
    {
        Environment.SetEnvironmentVariable("LABS_ACCEPT_SNAPSHOTS", value);

        Assert.That(SnapshotSettings.FromEnvironment().Accept, Is.True);
    }

    [TestCase(null)]
    [TestCase("0")]
    [TestCase("false")]
    [TestCase("")]
    public void Accepting_is_off_unless_asked_for(string? value)
    {
        Environment.SetEnvironmentVariable("LABS_ACCEPT_SNAPSHOTS", value);

        Assert.That(SnapshotSettings.FromEnvironment().Accept, Is.False);
    }

    [Test]
    public void Verify_auto_verify_variable_is_honoured_too()
    {
        Environment.SetEnvironmentVariable("Verify_AutoVerify", "true");

        Assert.That(SnapshotSettings.FromEnvironment().Accept, Is.True);
    }

    [Test]
    public void Diff_tool_is_never_allowed_on_continuous_integration()
    {
        Environment.SetEnvironmentVariable("CI", "true");

        Assert.That(SnapshotSettings.FromEnvironment().DiffToolAllowed, Is.False);
    }

    [Test]
    public void Accept_variable_makes_a_new_snapshot_pass_through_the_public_entry_point()
    {
        using var folder = new TemporaryFolder();
        Environment.SetEnvironmentVariable("LABS_ACCEPT_SNAPSHOTS", "1");
        var location = new SnapshotLocation(folder.Path, "Tests.New");

        var result = TextSnapshot.Verify("new output", location, SnapshotSettings.FromEnvironment());

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.True);
            Assert.That(folder.FileNames(), Is.EqualTo(new[] { "Tests.New.verified.txt" }));
        });
    }
}
