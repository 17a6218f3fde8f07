using System.Globalization;

namespace Labs.Testing.Tests.Feedback;

public sealed class GradingAttributeTests
{
    [Test]
    public void Points_are_stored_as_invariant_culture_strings_so_filters_do_not_crash()
    {
        var result = SampleRun.Of("Passing_test");
        Assert.That(result.Test.Properties.Get(PointsAttribute.PropertyName), Is.EqualTo("0.5"));
    }

    [Test]
    public void Points_ignore_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            var points = new PointsAttribute(1.5);
            Assert.That(points.Properties.Get(PointsAttribute.PropertyName), Is.EqualTo("1.5"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Test]
    public void Negative_or_infinite_points_are_rejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new PointsAttribute(-1), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new PointsAttribute(double.PositiveInfinity), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Task_and_criterion_are_readable_from_the_test()
    {
        var result = SampleRun.Of("Stub_not_implemented");
        Assert.Multiple(() =>
        {
            Assert.That(result.Test.Parent!.Properties.Get(LabTaskAttribute.NumberProperty), Is.EqualTo("2"));
            Assert.That(result.Test.Parent!.Properties.Get(LabTaskAttribute.TitleProperty), Is.EqualTo("Correlation"));
            Assert.That(result.Test.Properties.Get(CriterionAttribute.PropertyName), Is.EqualTo("Correlating with a box gives the local sum."));
            Assert.That(result.Test.Properties.Get(PointsAttribute.PropertyName), Is.EqualTo("2"));
        });
    }
}
