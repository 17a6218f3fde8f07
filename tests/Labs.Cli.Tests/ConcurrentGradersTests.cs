namespace Labs.Cli.Tests;

/// <summary>Two graders started at once on the same lab take turns preparing it and grade side by side.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ConcurrentGradersTests
{
    [Test]
    public async Task Two_graders_of_the_same_lab_both_finish_with_the_right_grades()
    {
        var root = Directory.CreateTempSubdirectory("labs-cli-concurrent-").FullName;
        try
        {
            var lab = Path.Combine(Repository.Root, "templates", "filtering");
            var examples = Path.Combine(Repository.Root, "examples", "submissions", "filtering");
            Task<(int ExitCode, string Console)> Grade(string name, string example)
            {
                var submissions = Path.Combine(root, name, "submissions");
                LabsRun.CopyFolder(Path.Combine(examples, example), Path.Combine(submissions, example));
                return LabsRun.GradeAsync("--lab", lab, "--submissions", submissions, "--out", Path.Combine(root, name, "grades"), "--plain");
            }

            var results = await Task.WhenAll(Grade("first", "full-marks"), Grade("second", "partial"));

            Assert.Multiple(() =>
            {
                Assert.That(results.Select(r => r.ExitCode), Is.EqualTo(new[] { 0, 0 }), string.Join("\n", results.Select(r => r.Console)));
                Assert.That(results[0].Console, Does.Contain("full-marks: 40/40 Graded"));
                Assert.That(results[1].Console, Does.Contain("partial: 19/40 Graded"));
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
