using Labs.Testing;

namespace SampleLab.Checks.Classroom;

/// <summary>Task 2: the points of a parameterized test, set on its method, apply to each case.</summary>
[TestFixture, LabTask(2, "Thresholds")]
public sealed class ThresholdSamples
{
    [TestCase(100), TestCase(200), Points(0.5)]
    public void Threshold_keeps(int level)
    {
        if (level > 128)
        {
            Assert.Fail($"Too high: {level}");
        }
    }
}
