using Labs.Testing;

namespace SampleLab.Checks.Classroom;

/// <summary>Task 1 mixes 1- and 2-point tests, one of them failing and one ignored: Labs.Testing.Tests checks their classroom.env.</summary>
[TestFixture, LabTask(1, "Brightness")]
public sealed class BrightnessSamples
{
    [Test, Points(1)]
    public void Adds_the_offset() => Assert.That(1 + 1, Is.EqualTo(2));

    [Test, Points(1)]
    public void Clips_at_255() => Assert.Fail("Clipping is missing.");

    [Test, Points(3), Ignore("Not graded yet.")]
    public void Gamma_is_not_graded() => Assert.Fail("Ignored tests never run.");

    [Test, Points(2), Description("Inverts dark and light")]
    public void Inverts() => Assert.That(255 - 0, Is.EqualTo(255));
}
