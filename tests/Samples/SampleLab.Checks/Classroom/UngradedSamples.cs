namespace SampleLab.Checks.Classroom;

/// <summary>A test without [Points] or [LabTask]: it counts 1 point in task 0, as in the grader.</summary>
[TestFixture]
public sealed class UngradedSamples
{
    [Test]
    public void Untasked_and_unpointed() => Assert.That("lab", Has.Length.EqualTo(3));
}
