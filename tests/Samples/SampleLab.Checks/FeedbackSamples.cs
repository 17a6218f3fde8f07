using Labs.Imaging;
using Labs.Testing;

namespace SampleLab.Checks;

[TestFixture]
[LabTask(2, "Correlation")]
public sealed class FeedbackSamples
{
    private static readonly double[,] Box = { { 1, 1, 1 } };

    [Test, Points(2), Criterion("Correlating with a box gives the local sum.")]
    public void Stub_not_implemented() => Filtering.Correlate(new Image(3, 3), Box);

    [Test, Points(1)]
    public void Stub_naming_its_task() => Filtering.Convolve(new Image(3, 3), Box);

    [Test, Points(1)]
    public void Student_code_throws() => Assert.That(Filtering.SumOfRow(new Image(4, 2, 1), 0), Is.EqualTo(4));

    [Test, Feedback]
    public void Student_misuses_the_library() => Filtering.LeftNeighbour(new Image(4, 2), 0, 0);

    [Test, Points(1)]
    public void Failing_assertion_is_left_alone() => Assert.That(1 + 1, Is.EqualTo(3));

    [Test, Points(0.5)]
    public void Passing_test() => Assert.That(Filtering.LeftNeighbour(new Image(4, 2, 5), 1, 0), Is.EqualTo(5));

    [Test]
    public void Without_feedback_attribute() => Filtering.Correlate(new Image(3, 3), Box);
}
