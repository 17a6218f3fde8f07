using AdversarialLab;
using Labs.Testing;

namespace AdversarialLab.Checks;

/// <summary>One hidden test per attack, plus honest tests between them whose results must survive every crash.</summary>
[TestFixture]
[LabTask(1, "Attacks")]
public sealed class HiddenTests
{
    /// <summary>The value a cheat reads by reflection instead of computing it.</summary>
    private const double SecretAnswer = 42.5;

    private const double Tolerance = 1e-12;

    [Test, Points(1), Criterion("3² = 9.")]
    public void A_honest_square_before_the_attacks() =>
        Assert.That(Honest.Square(3), Matches.Value(9).Within(Tolerance));

    [Test, Points(1)]
    public void Endless_loop() => Assert.That(Breakers.LoopForever(), Matches.Value(1).Within(Tolerance));

    [Test, Points(1)]
    public void Environment_exit() => Assert.That(Breakers.ExitQuietly(), Matches.Value(1).Within(Tolerance));

    [Test, Points(1)]
    public void Honest_square_between_the_attacks() =>
        Assert.That(Honest.Square(-2), Matches.Value(4).Within(Tolerance));

    /// <summary>Passes, and leaves a thread behind that runs out of memory during the next test (the names keep them in this order).</summary>
    [Test, Points(1)]
    public void Memory_hog_left_behind() => Assert.That(Breakers.LeaveAMemoryHogBehind(), Matches.Value(1).Within(Tolerance));

    /// <summary>Fails with a wrong value while the earlier test's thread runs out of memory: not an out-of-memory failure of this test.</summary>
    [Test, Points(1)]
    public void Memory_runs_out_in_an_earlier_tests_thread() =>
        Assert.That(Breakers.FailWhileAnEarlierTestRunsOutOfMemory(), Matches.Value(1).Within(Tolerance));

    [Test, Points(1)]
    public void Stack_overflow() => Assert.That(Breakers.RecurseForever(0), Matches.Value(1).Within(Tolerance));

    [Test, Points(1)]
    public void Out_of_memory() => Assert.That(Breakers.AllocateForever(), Matches.Value(1).Within(Tolerance));

    [Test, Points(1)]
    public void Assert_pass_from_student_code() => Assert.That(Cheats.PassTheTest(), Matches.Value(1).Within(Tolerance));

    /// <summary>No [Points]: the test host alone must catch the cheat.</summary>
    [Test]
    public void Assert_ignore_from_student_code_without_points() =>
        Assert.That(Cheats.IgnoreTheTest(), Matches.Value(1).Within(Tolerance));

    [Test, Points(1)]
    public void Assert_inconclusive_from_student_code() =>
        Assert.That(Cheats.LeaveTheTestInconclusive(), Matches.Value(1).Within(Tolerance));

    [Test, Points(1)]
    public void Forged_results() =>
        Assert.That(Cheats.ForgeResults(TestContext.CurrentContext.Test.FullName), Matches.Value(1).Within(Tolerance));

    [Test, Points(1)]
    public void Swallowed_assertion() => Cheats.RunQuietly(() => Assert.That(1 + 1, Is.EqualTo(3)));

    [Test, Points(1)]
    public void Object_equal_to_everything() =>
        Assert.That(Cheats.Mean([1, 2, 3, 4]), Matches.Value(2.5).Within(Tolerance));

    [Test, Points(1)]
    public void Peeking_at_the_answer() => Assert.That(Cheats.PeekAtTheAnswer(), Matches.Value(SecretAnswer).Within(Tolerance));

    [Test, Points(1)]
    public void Test_that_calls_assert_pass_itself()
    {
        Assert.That(Honest.Square(1), Matches.Value(1).Within(Tolerance));
        Assert.Pass("The test itself may end early.");
    }

    [Test, Points(1)]
    public void Warning_only() => Assert.Warn("The instructor's test only warns.");

    [Test, Points(1), Explicit("Run by hand only.")]
    public void Explicit_test_is_not_expected() => Assert.Fail("Explicit tests are not listed.");

    [Test, Points(1), Ignore("Switched off by the instructor.")]
    public void Ignored_test_is_not_expected() => Assert.Fail("Ignored tests are not listed.");

    [Test, Points(1)]
    public void Zz_honest_square_after_the_attacks() =>
        Assert.That(Honest.Square(0.5), Matches.Value(0.25).Within(Tolerance));
}
