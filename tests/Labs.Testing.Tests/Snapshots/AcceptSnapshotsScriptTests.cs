using System.Runtime.CompilerServices;

namespace Labs.Testing.Tests.Snapshots;

[Platform(Exclude = "Win", Reason = "scripts/accept-snapshots is a bash script")]
public sealed class AcceptSnapshotsScriptTests
{
    [Test]
    public void Script_renames_received_files_to_verified_and_removes_heat_maps()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("Filters"));
        Directory.CreateDirectory(folder.File("bin"));
        File.WriteAllText(folder.File("T.Text.received.txt"), "new text");
        File.WriteAllText(folder.File("T.Text.verified.txt"), "old text");
        File.WriteAllText(folder.File("Filters/T.Blur_size=3.received.png"), "png");
        File.WriteAllText(folder.File("Filters/T.Blur_size=3.received.diff.png"), "heat map");
        File.WriteAllText(folder.File("bin/T.Copy.received.txt"), "build output is left alone");

        var output = Run(folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(folder.FileNames(), Is.EqualTo(new[] { "Filters/T.Blur_size=3.verified.png", "T.Text.verified.txt", "bin/T.Copy.received.txt" }));
            Assert.That(File.ReadAllText(folder.File("T.Text.verified.txt")), Is.EqualTo("new text"));
            Assert.That(output, Does.Contain("accepted 2 snapshot(s)"));
        });
    }

    [Test]
    public void Script_says_when_there_is_nothing_to_accept()
    {
        using var folder = new TemporaryFolder();

        var output = Run(folder.Path);

        Assert.That(output, Is.EqualTo($"accept-snapshots: no received snapshots under {folder.Path}.\n"));
    }

    private static string Run(string folder)
    {
        var run = ChildProcess.Run("bash", folder, TimeSpan.FromMinutes(1), [FindScript(), folder]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return run.Output;
    }

    private static string FindScript([CallerFilePath] string sourceFile = "")
    {
        for (var folder = Path.GetDirectoryName(sourceFile); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            var script = Path.Combine(folder, "scripts", "accept-snapshots");
            if (File.Exists(script))
            {
                return script;
            }
        }

        Assert.Ignore("scripts/accept-snapshots is not here: the tests run outside the repository.");
        return string.Empty;
    }
}
