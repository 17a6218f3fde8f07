namespace Labs.Testing.Tests.Report;

/// <summary>README's command for seeing the feedback and the visual report of a failing run: <c>dotnet test samples/ReportDemo</c>.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ReportDemoCommandTests
{
    private static readonly string Demo = Path.Combine(Repository.Root, "samples", "ReportDemo");
    private int _exitCode;
    private string _output = string.Empty;

    [OneTimeSetUp]
    public void Run_the_documented_command()
    {
        var results = Path.Combine(Demo, "TestResults");
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }

        var run = DotnetCommand.Run(Repository.Root, TimeSpan.FromMinutes(4), "test", "samples/ReportDemo");
        (_exitCode, _output) = (run.ExitCode, run.Output);
    }

    [Test]
    public void The_run_fails_as_intended_with_teaching_messages()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_exitCode, Is.Not.Zero, _output);
            Assert.That(_output, Does.Contain("Failed!  - Failed:     3, Passed:     0"), _output);
            Assert.That(_output, Does.Contain("Likely cause: Your image is the expected one rotated by 180°"));
            Assert.That(_output, Does.Contain("Likely cause: Every pixel is 9 times too large: did you forget to normalize by a factor of 9?"));
            Assert.That(_output, Does.Contain("`StudentFiltering.Gaussian` is not implemented yet (StudentFiltering.cs, task 2)."));
        });
    }

    [Test]
    public void The_index_links_a_page_for_each_failing_image_check()
    {
        var index = File.ReadAllText(Path.Combine(Demo, "TestResults", "labs-report.html"));
        Assert.Multiple(() =>
        {
            Assert.That(index, Does.Contain("Correlating_an_impulse_gives_the_flipped_kernel"));
            Assert.That(index, Does.Contain("Moving_average_of_the_camera_image"));
            Assert.That(File.Exists(Path.Combine(Demo, "TestResults", "labs-report", "Moving_average_of_the_camera_image.html")), Is.True);
        });
    }
}
