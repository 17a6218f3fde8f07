namespace Labs.Templates.Tests;

public sealed class SolutionBlocksTests
{
    private const string Source = """
        int F()
        {
        #if SOLUTION
            return 42;
        #else
            throw new NotImplementedException();
        #endif
        }
        #if DEBUG
        int G() => 1;
        #endif
        #if !SOLUTION
        // hint for students
        #endif
        """;

    [Test]
    public void Student_text_keeps_the_stub_and_other_directives()
    {
        var split = SolutionBlocks.Split(Source);

        Assert.That(split.StudentText.Split('\n'), Is.EqualTo(new[]
        {
            "int F()", "{", "    throw new NotImplementedException();", "}", "#if DEBUG", "int G() => 1;", "#endif", "// hint for students",
        }));
    }

    [Test]
    public void Solution_text_keeps_the_solution_and_drops_the_stub()
    {
        var split = SolutionBlocks.Split(Source);

        Assert.Multiple(() =>
        {
            Assert.That(split.SolutionText, Does.Contain("return 42;").And.Not.Contain("NotImplementedException"));
            Assert.That(split.SolutionText, Does.Not.Contain("hint for students"));
            Assert.That(split.SolutionLines, Is.EqualTo(new[] { "return 42;" }));
        });
    }
}
