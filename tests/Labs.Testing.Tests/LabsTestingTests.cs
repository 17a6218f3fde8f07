namespace Labs.Testing.Tests;

public sealed class LabsTestingTests
{
    [Test]
    public void Continuous_integration_is_detected_from_the_CI_variable()
    {
        var before = Environment.GetEnvironmentVariable("CI");
        try
        {
            Environment.SetEnvironmentVariable("CI", "true");
            Assert.That(LabsTesting.IsContinuousIntegration, Is.True);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CI", before);
        }
    }
}
