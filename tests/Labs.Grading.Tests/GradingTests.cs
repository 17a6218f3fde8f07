namespace Labs.Grading.Tests;

public sealed class GradingTests
{
    [Test]
    public void Version_has_three_parts() =>
        Assert.That(Grading.Version.Split('.'), Has.Length.EqualTo(3));
}
