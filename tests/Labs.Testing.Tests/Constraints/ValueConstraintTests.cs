using Labs.Testing.Feedback;

namespace Labs.Testing.Tests.Constraints;

public sealed class ValueConstraintTests
{
    private const double Tolerance = 1e-6;

    [Test]
    public void Value_within_tolerance_passes() =>
        Assert.That(FailureText.Passes(Matches.Value(0.5).Within(Tolerance), 0.5 + 1e-7), Is.True);

    [Test]
    public void Error_exactly_at_the_tolerance_passes() =>
        Assert.That(FailureText.Passes(Matches.Value(2).Within(0.5), 2.5), Is.True);

    [Test]
    public void Near_miss_reads_almost_accuracy_not_enough() =>
        Assert.That(FailureText.Of(Matches.Value(0.5).Within(Tolerance), 0.5003), Is.EqualTo(
            "The value is almost — accuracy not enough (max error 3e-4 > 1e-6).\n" +
            "Expected: 0.5\n" +
            "But was:  0.5003\n" +
            ToleranceLadder.AlmostHint));

    [Test]
    public void Far_off_value_reads_wrong() =>
        Assert.That(FailureText.Of(Matches.Value(0.5).Within(Tolerance), 2.0), Does.StartWith(
            "The value is wrong (max error 1.5 > 1e-6).\nExpected: 0.5\nBut was:  2"));

    [Test]
    public void NaN_gets_an_explanation() =>
        Assert.That(FailureText.Of(Matches.Value(1), double.NaN), Does.EndWith(
            "NaN means 'not a number': usually 0/0, e.g. dividing by a standard deviation or a sum that is zero."));

    [Test]
    public void Relative_tolerance_scales_with_the_expected_value()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FailureText.Passes(Matches.Value(1000).Within(0).WithinRelative(1e-3), 1000.9), Is.True);
            Assert.That(FailureText.Passes(Matches.Value(1000).Within(0).WithinRelative(1e-3), 1001.1), Is.False);
        });
    }

    [Test]
    public void Integers_and_floats_are_accepted_as_actual_values()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FailureText.Passes(Matches.Value(3), 3), Is.True);
            Assert.That(FailureText.Passes(Matches.Value(0.5), 0.5f), Is.True);
        });
    }

    [Test]
    public void A_non_number_is_named() =>
        Assert.That(FailureText.Of(Matches.Value(3), "3"), Is.EqualTo("Expected a number but got a String (3)."));

    [Test]
    public void Wrong_message_is_appended_and_correct_message_is_not_shown_on_failure()
    {
        var text = FailureText.Of(
            Matches.Value(0.25).Within(Tolerance)
                .WhenCorrect("Right: $\\sigma^2 = 0.25$.")
                .WhenWrong("The variance is the mean of $(x - \\mu)^2$, not of $|x - \\mu|$."),
            0.5);
        Assert.That(text, Does.EndWith("\n\nThe variance is the mean of $(x - \\mu)^2$, not of $|x - \\mu|$.")
            .And.Not.Contain("Right:"));
    }

    [Test]
    public void Messages_are_kept_in_the_feedback_file_for_grade_reports()
    {
        var file = Path.Combine(Path.GetTempPath(), $"labs-feedback-{Guid.NewGuid():N}.jsonl");
        var before = Environment.GetEnvironmentVariable(FeedbackLog.FileVariable);
        try
        {
            Environment.SetEnvironmentVariable(FeedbackLog.FileVariable, file);
            _ = Matches.Value(1).WhenCorrect("Well done.").ApplyTo(1.0);
            _ = Matches.Value(1).WhenWrong("Check the sign.").ApplyTo(-1.0);
            var lines = File.ReadAllLines(file);
            var test = TestContext.CurrentContext.Test.FullName;
            Assert.That(lines, Is.EqualTo(new[]
            {
                $"{{\"test\":\"{test}\",\"passed\":true,\"message\":\"Well done.\"}}",
                $"{{\"test\":\"{test}\",\"passed\":false,\"message\":\"Check the sign.\"}}",
            }));
        }
        finally
        {
            Environment.SetEnvironmentVariable(FeedbackLog.FileVariable, before);
            File.Delete(file);
        }
    }

    [Test]
    public void Negative_tolerances_are_rejected() =>
        Assert.That(() => Matches.Value(1).Within(-1), Throws.TypeOf<ArgumentOutOfRangeException>());
}
