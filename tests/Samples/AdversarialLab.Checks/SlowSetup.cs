using AdversarialLab;
using Labs.Testing;

namespace AdversarialLab.Checks;

/// <summary>A fixture whose one-time setup calls student code that never returns: every test of the fixture times out, no other.</summary>
[TestFixture]
[LabTask(2, "Setup")]
public sealed class SlowSetup
{
    private double _value;

    [OneTimeSetUp]
    public void Prepare() => _value = Breakers.LoopForever();

    [Test, Points(1)]
    public void First_check_after_the_setup() => Assert.That(_value, Is.EqualTo(1));

    [Test, Points(1)]
    public void Second_check_after_the_setup() => Assert.That(_value, Is.EqualTo(1));
}
