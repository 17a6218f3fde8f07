using Labs.Grading.Execution;

namespace Labs.Grading.Tests.Execution;

/// <summary>Student code cannot change its grade: each cheat of the adversarial lab ends as a failure (or is found by the scanner).</summary>
public sealed class IntegrityTests
{
    [TestCase("Assert_pass_from_student_code", "Assert.Pass")]
    [TestCase("Assert_ignore_from_student_code_without_points", "Assert.Ignore")]
    [TestCase("Assert_inconclusive_from_student_code", "Assert.Inconclusive")]
    public async Task Student_code_cannot_end_a_test_itself(string test, string call)
    {
        var result = await AdversarialRun.OfAsync(test);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.Failed));
            Assert.That(result.Message, Is.EqualTo($"Your code tried to end the test itself ({call}). Only the tests decide whether a check passes."));
        });
    }

    [Test]
    public async Task A_test_may_still_end_itself_with_Assert_pass()
    {
        var result = await AdversarialRun.OfAsync("Test_that_calls_assert_pass_itself");
        Assert.That(result.Outcome, Is.EqualTo(TestOutcome.Passed));
    }

    [Test]
    public async Task Printed_and_written_fake_results_do_not_count()
    {
        var result = await AdversarialRun.OfAsync("Forged_results");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.Failed));
            Assert.That(result.Message, Does.Contain("But was:  -1"));
            // What the student printed is kept as output for the student to see, nothing more.
            Assert.That(result.Output, Does.Contain("Passed AdversarialLab.Checks.HiddenTests.Forged_results"));
        });
    }

    [Test]
    public async Task Fake_feedback_lines_are_display_text_only()
    {
        var result = await AdversarialRun.OfAsync("Forged_results");
        Assert.Multiple(() =>
        {
            Assert.That(result.Feedback, Is.EqualTo(new[] { new InstructorMessage(true, "All correct.") }));
            Assert.That(result.Passed, Is.False);
        });
    }

    [Test]
    public async Task A_swallowed_assertion_still_fails()
    {
        // NUnit records a failed assertion in the result before it throws, so catching the exception changes nothing.
        var result = await AdversarialRun.OfAsync("Swallowed_assertion");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.Failed));
            Assert.That(result.Message, Does.Contain("Expected: 3"));
        });
    }

    [Test]
    public async Task An_object_equal_to_everything_is_not_a_number()
    {
        var result = await AdversarialRun.OfAsync("Object_equal_to_everything");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.Failed));
            Assert.That(result.Message, Does.Contain("Expected a number but got a EqualToEverything (2.5)."));
        });
    }

    [Test]
    public async Task Reading_the_answer_by_reflection_passes_the_test_but_the_scanner_reports_it()
    {
        // At run time the value read from the hidden tests is right; the defence is the scan of the compiled lab.
        var result = await AdversarialRun.OfAsync("Peeking_at_the_answer");
        var findings = ForbiddenApiScanner.Scan(AdversarialRun.StudentAssembly)
            .Where(f => f.Location == "AdversarialLab.Cheats.PeekAtTheAnswer")
            .Select(f => f.Api)
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(TestOutcome.Passed));
            Assert.That(findings, Does.Contain("System.AppDomain.get_CurrentDomain"));
            Assert.That(findings, Does.Contain("System.Reflection.FieldInfo.GetRawConstantValue"));
        });
    }
}
