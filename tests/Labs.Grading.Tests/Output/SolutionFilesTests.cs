using Labs.Grading.Labs;
using Labs.Grading.Output;

namespace Labs.Grading.Tests.Output;

public sealed class SolutionFilesTests
{
    [Test]
    public void The_solution_branch_stays_and_the_stub_and_its_directives_go()
    {
        const string Source = """
            static int Largest(int a, int b)
            {
            #if SOLUTION
                return Math.Max(a, b);
            #else
                throw new NotImplementedException();
            #endif
            }

            """;

        Assert.That(SolutionFiles.Reveal(Source), Is.EqualTo("""
            static int Largest(int a, int b)
            {
                return Math.Max(a, b);
            }

            """));
    }

    [Test]
    public void A_not_SOLUTION_block_goes_and_its_else_branch_stays()
    {
        const string Source = """
            #if !SOLUTION
            // TODO: write the kernel.
            #else
            var kernel = new double[] { 1, 2, 1 };
            #endif

            """;

        Assert.That(SolutionFiles.Reveal(Source), Is.EqualTo("""
            var kernel = new double[] { 1, 2, 1 };

            """));
    }

    [Test]
    public void Other_directives_stay_as_written_but_not_inside_a_stub()
    {
        const string Source = """
            #region Task 1
            #if DEBUG
            Log("debug");
            #endif
            #if SOLUTION
            Solve();
            #else
            #if DEBUG
            Log("stub");
            #endif
            Stub();
            #endif
            #endregion

            """;

        // DEBUG is not defined, so "Log(\"debug\")" is inactive text, but it is the instructor's code, not a stub: it stays.
        Assert.That(SolutionFiles.Reveal(Source), Is.EqualTo("""
            #region Task 1
            #if DEBUG
            Log("debug");
            #endif
            Solve();
            #endregion

            """));
    }

    [Test]
    public void Windows_line_endings_are_kept()
    {
        var source = "a();\r\n#if SOLUTION\r\nb();\r\n#else\r\nc();\r\n#endif\r\nd();\r\n";

        Assert.That(SolutionFiles.Reveal(source), Is.EqualTo("a();\r\nb();\r\nd();\r\n"));
    }

    [Test]
    public void The_filtering_lab_gives_every_student_file_with_its_solution_and_no_stub()
    {
        var lab = LabDefinition.Load(Path.Combine(Repository.Root, "templates", "filtering"));

        var files = SolutionFiles.Read(lab);

        Assert.Multiple(() =>
        {
            Assert.That(files.Select(f => f.Path), Is.EqualTo(new[]
            {
                "Lab/Filtering.Correlation.cs", "Lab/Filtering.Gaussian.cs", "Lab/Filtering.Separable.cs",
                "Lab/Filtering.Sobel.cs", "Lab/Spot.cs", "Lab/SpotDetector.cs",
            }));
            Assert.That(files.Select(f => f.Source), Has.None.Contains("SOLUTION"));
            Assert.That(files.Select(f => f.Source), Has.None.Match(@"(?m)^\s*throw new NotImplementedException\(\);"));
            Assert.That(files.Single(f => f.Path == "Lab/Filtering.Gaussian.cs").Source, Does.Contain("public static double[] GaussianKernel("));
        });
    }
}
