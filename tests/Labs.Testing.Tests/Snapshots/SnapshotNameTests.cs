using System.Globalization;
using Labs.Testing.Snapshots;

namespace Labs.Testing.Tests.Snapshots;

public sealed class SnapshotNameTests
{
    [Test]
    public void Plain_test_is_named_class_dot_method()
    {
        var name = SnapshotName.ForCurrentTest("/somewhere/Ignored.cs", "Ignored");

        Assert.That(name, Is.EqualTo("SnapshotNameTests.Plain_test_is_named_class_dot_method"));
    }

    [TestCase(3, "a b")]
    public void Parameterized_test_adds_each_parameter_name_and_value(int size, string label)
    {
        var name = SnapshotName.ForCurrentTest("/somewhere/Ignored.cs", "Ignored");

        Assert.That(name, Is.EqualTo("SnapshotNameTests.Parameterized_test_adds_each_parameter_name_and_value_size=3_label=a b"));
    }

    [TestCase(0.5)]
    [SetCulture("de-DE")]
    public void Arguments_are_written_in_invariant_culture(double sigma)
    {
        // German culture would write 0,5.
        var name = SnapshotName.ForCurrentTest("/somewhere/Ignored.cs", "Ignored");

        Assert.That(name, Does.EndWith("_sigma=0.5"));
    }

    [Test]
    public void Characters_not_allowed_in_file_names_become_underscores()
    {
        var name = SnapshotName.Create("Tests", "Method", ["path", "ratio"], ["a/b\\c:d", "1<2?"]);

        Assert.That(name, Is.EqualTo("Tests.Method_path=a_b_c_d_ratio=1_2_"));
    }

    [Test]
    public void Arrays_are_written_as_comma_separated_values()
    {
        var name = SnapshotName.Create("Tests", "Method", ["kernel"], [new[] { 1.5, -2.0, 3.25 }]);

        Assert.That(name, Is.EqualTo("Tests.Method_kernel=1.5,-2,3.25"));
    }

    [Test]
    public void Null_argument_is_written_as_null()
    {
        Assert.That(SnapshotName.Format(null), Is.EqualTo("null"));
    }

    [Test]
    public void Long_argument_values_are_cut_to_forty_characters()
    {
        var name = SnapshotName.Create("T", "M", ["text"], [new string('x', 100)]);

        Assert.That(name, Is.EqualTo("T.M_text=" + new string('x', 40)));
    }

    [Test]
    public void Formatting_uses_invariant_culture_for_doubles_even_in_french()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.That(SnapshotName.Format(1234.5), Is.EqualTo("1234.5"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
