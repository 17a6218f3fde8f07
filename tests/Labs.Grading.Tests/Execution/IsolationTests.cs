using Labs.Grading.Execution;

namespace Labs.Grading.Tests.Execution;

/// <summary>
/// A test that loops, ends the program, overflows the stack or runs out of memory fails with a clear reason, and
/// every other test keeps its own result. All attacks run in one shared run (see <see cref="AdversarialRun"/>).
/// </summary>
public sealed class IsolationTests
{
    [Test]
    public async Task Every_expected_test_gets_exactly_one_result_in_the_order_given()
    {
        var expected = await AdversarialRun.ListAsync();
        var results = await AdversarialRun.ResultsAsync();
        Assert.That(results.Select(r => r.FullName), Is.EqualTo(expected.Select(t => t.FullName)));
    }

    [Test]
    public async Task Honest_tests_pass_before_between_and_after_the_attacks()
    {
        var results = await AdversarialRun.ResultsAsync();
        var honest = new[]
        {
            "AdversarialLab.Checks.HiddenTests.A_honest_square_before_the_attacks",
            "AdversarialLab.Checks.HiddenTests.Honest_square_between_the_attacks",
            "AdversarialLab.Checks.HiddenTests.Zz_honest_square_after_the_attacks",
            "AdversarialLab.Checks.TrailingTests.Mean_of_a_small_image",
            "AdversarialLab.Checks.TrailingTests.Square_cases(2.0d,4.0d)",
            "AdversarialLab.Checks.TrailingTests.Square_cases(-3.0d,9.0d)",
        };
        Assert.That(results.Where(r => honest.Contains(r.FullName)).Select(r => r.Outcome),
            Is.EqualTo(Enumerable.Repeat(TestOutcome.Passed, honest.Length)));
    }

    [Test]
    public async Task Endless_loop_times_out_with_the_limit_in_the_message()
    {
        var result = await AdversarialRun.OfAsync("Endless_loop");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.TimedOut));
            Assert.That(result.Message, Is.EqualTo(
                "The test did not finish within 3 s and was stopped. Look for a loop that never ends, or code that is far too slow."));
            Assert.That(result.Duration, Is.GreaterThanOrEqualTo(AdversarialRun.Limits.TestTimeout));
        });
    }

    [Test]
    public async Task Environment_exit_is_a_crash_not_a_pass()
    {
        var result = await AdversarialRun.OfAsync("Environment_exit");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.Crashed));
            Assert.That(result.Message, Is.EqualTo(
                "Your code ended the whole test program (exit code 0), for example with Environment.Exit, so the test could not finish."));
        });
    }

    [Test]
    public async Task Stack_overflow_is_a_crash_with_a_hint()
    {
        var result = await AdversarialRun.OfAsync("Stack_overflow");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.Crashed));
            Assert.That(result.Message, Is.EqualTo(
                "The test program crashed with a stack overflow: a method kept calling itself. Check that your recursion reaches a case that stops it."));
        });
    }

    [Test]
    public async Task Unbounded_allocation_fails_at_the_memory_limit()
    {
        var result = await AdversarialRun.OfAsync("Out_of_memory");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.OutOfMemory));
            Assert.That(result.Message, Does.StartWith("Your code used more than 128 MB of memory, the limit for one test."));
            Assert.That(result.Message, Does.Contain("It happened in Breakers.AllocateForever"));
        });
    }

    [Test]
    public async Task Running_out_of_memory_counts_for_the_test_whose_code_did_it_not_the_one_running_then()
    {
        // The thread Memory_hog_left_behind started runs out of memory while the next test runs; that test fails for its own wrong value.
        var earlier = await AdversarialRun.OfAsync("Memory_hog_left_behind");
        var later = await AdversarialRun.OfAsync("Memory_runs_out_in_an_earlier_tests_thread");
        Assert.Multiple(() =>
        {
            Assert.That(earlier.Outcome, Is.EqualTo(TestOutcome.Passed), earlier.Message);
            Assert.That(later.Outcome, Is.EqualTo(TestOutcome.Failed), later.Message);
            Assert.That(later.Message, Does.Not.Contain("of memory"));
        });
    }

    [Test]
    public async Task Endless_one_time_setup_times_out_the_tests_of_its_fixture_only()
    {
        var results = await AdversarialRun.ResultsAsync();
        var setup = results.Where(r => r.FullName.StartsWith("AdversarialLab.Checks.SlowSetup.", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(setup.Select(r => r.Outcome), Is.EqualTo(new[] { TestOutcome.TimedOut, TestOutcome.TimedOut }));
            Assert.That(setup.Select(r => r.Message), Is.All.EqualTo(
                "The setup of AdversarialLab.Checks.SlowSetup did not finish within 3 s and was stopped, so this test never ran."));
            Assert.That(results.Single(r => r.FullName.EndsWith(".Mean_of_a_small_image", StringComparison.Ordinal)).Outcome,
                Is.EqualTo(TestOutcome.Passed));
        });
    }

    [Test]
    public async Task A_test_that_only_warns_earns_nothing()
    {
        var result = await AdversarialRun.OfAsync("Warning_only");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.NoVerdict));
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Message, Does.StartWith("The test ended as Warning instead of passing; only a passed test earns points."));
        });
    }

    [Test]
    public async Task A_test_without_a_result_is_missing_never_passed()
    {
        var honest = "AdversarialLab.Checks.HiddenTests.Zz_honest_square_after_the_attacks";
        var unknown = "AdversarialLab.Checks.HiddenTests.No_such_test";
        var run = new HiddenTestRun(AdversarialRun.TestAssembly, AdversarialRun.StudentAssembly, [unknown, honest])
        {
            Limits = AdversarialRun.Limits,
        };

        var results = await HiddenTestRunner.RunAsync(run);

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => (r.FullName, r.Outcome)), Is.EqualTo(new[]
            {
                (unknown, TestOutcome.Missing),
                (honest, TestOutcome.Passed),
            }));
            Assert.That(results[0].Message, Is.EqualTo(
                "No result came back for this test, so it counts as failed. The test may be missing from the hidden tests, or the test program stopped before it reported."));
        });
    }

    [Test]
    public async Task Tests_left_when_the_total_time_runs_out_time_out()
    {
        var loop = "AdversarialLab.Checks.HiddenTests.Endless_loop";
        var honest = "AdversarialLab.Checks.HiddenTests.Zz_honest_square_after_the_attacks";
        var run = new HiddenTestRun(AdversarialRun.TestAssembly, AdversarialRun.StudentAssembly, [loop, honest])
        {
            Limits = AdversarialRun.Limits with { TestTimeout = TimeSpan.FromMinutes(1), TotalTimeout = TimeSpan.FromSeconds(4) },
        };

        var results = await HiddenTestRunner.RunAsync(run);

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[] { TestOutcome.TimedOut, TestOutcome.TimedOut }));
            Assert.That(results[0].Message, Is.EqualTo("All tests together reached their time limit of 4 s while this test ran, so it was stopped."));
            Assert.That(results[1].Message, Is.EqualTo("All tests together took longer than 4 s, so this test never ran."));
        });
    }

    [Test]
    public async Task A_lab_compiled_under_another_name_fails_instead_of_using_the_copy_next_to_the_tests()
    {
        // Labs.Grading.dll stands for a student's lab compiled under the wrong name: the hidden tests do not reference it.
        var wrongName = Path.Combine(AppContext.BaseDirectory, "Labs.Grading.dll");
        var honest = "AdversarialLab.Checks.HiddenTests.Zz_honest_square_after_the_attacks";
        var run = new HiddenTestRun(AdversarialRun.TestAssembly, wrongName, [honest]) { Limits = AdversarialRun.Limits };

        var result = (await HiddenTestRunner.RunAsync(run)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.Failed));
            Assert.That(result.Message, Is.EqualTo(
                "The tests could not be run: The tests in AdversarialLab.Checks.dll do not use an assembly named Labs.Grading; compile the lab under the name the tests reference."));
        });
    }
}
