using System.Text.Json;
using Labs.Grading.Labs;
using Labs.Grading.Output;

namespace Labs.Cli.Tests;

/// <summary>
/// Every lab's own solution, handed in like a student's submission, gets full marks from <c>labs grade</c>: its visible
/// and hidden tests work in the grader's test host (which runs from its own folder, not the tests').
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ReferenceSolutionTests
{
    [TestCase("intro", 19)]
    [TestCase("filtering", 40)]
    public async Task The_labs_solution_gets_the_handouts_points(string lab, decimal points)
    {
        var root = Directory.CreateTempSubdirectory("labs-cli-solution-").FullName;
        try
        {
            // The submission: the lab's student files with their SOLUTION branches, as a student who solved everything would write them.
            var submission = Path.Combine(root, "submissions", "reference");
            foreach (var file in SolutionFiles.Read(LabDefinition.Load(Path.Combine(Repository.Root, "templates", lab))))
            {
                var path = Path.Combine(submission, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, file.Source);
            }

            var output = Path.Combine(root, "grades");
            var (exitCode, console) = await ExampleSubmissionsTests.GradeAsync("--lab", lab, "--submissions", Path.GetDirectoryName(submission)!, "--out", output);

            using var grade = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "reference", "grade.json")));
            var failed = grade.RootElement.GetProperty("tests").EnumerateArray()
                .Where(t => t.GetProperty("outcome").GetString() != "passed")
                .Select(t => $"{t.GetProperty("fullName").GetString()}: {t.GetProperty("message").GetString()}");
            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(0), console);
                Assert.That(failed, Is.Empty);
                Assert.That(grade.RootElement.GetProperty("total").GetDecimal(), Is.EqualTo(points));
                Assert.That(grade.RootElement.GetProperty("max").GetDecimal(), Is.EqualTo(points));
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
