using Labs.Testing.Feedback;
using NUnit.Framework.Interfaces;

namespace Labs.Testing.Tests.Feedback;

public sealed class ExceptionFeedbackTests
{
    [Test]
    public void Stub_reads_as_a_to_do_naming_method_file_and_task()
    {
        var result = SampleRun.Of("Stub_not_implemented");
        Assert.Multiple(() =>
        {
            Assert.That(result.ResultState.Status, Is.EqualTo(TestStatus.Failed));
            Assert.That(result.Message, Is.EqualTo("`Filtering.Correlate` is not implemented yet (Filtering.cs, task 2)."));
            Assert.That(result.StackTrace, Is.Null.Or.Empty);
        });
    }

    [Test]
    public void Stub_that_names_its_task_wins_over_the_fixture_task() =>
        Assert.That(SampleRun.Of("Stub_naming_its_task").Message,
            Is.EqualTo("`Filtering.Convolve` is not implemented yet (Filtering.cs, task 3)."));

    [Test]
    public void Exception_in_student_code_shows_the_students_line_first()
    {
        var result = SampleRun.Of("Student_code_throws");
        var lines = result.StackTrace!.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(result.ResultState, Is.EqualTo(ResultState.Error));
            Assert.That(result.Message, Is.EqualTo(
                "Your code threw IndexOutOfRangeException: Index was outside the bounds of the array.\n" +
                "It happened in Filtering.SumOfRow in Filtering.cs:line 23."));
            Assert.That(lines[0], Is.EqualTo("   at Filtering.SumOfRow in Filtering.cs:line 23  (your code)"));
            Assert.That(lines[^1], Does.StartWith("   at FeedbackSamples.Student_code_throws in FeedbackSamples.cs:line "));
            Assert.That(result.StackTrace, Does.Not.Contain("NUnit").And.Not.Contain("System.").And.Not.Contain("RuntimeMethodHandle"));
        });
    }

    [Test]
    public void Library_exception_points_at_the_students_call_not_at_the_library()
    {
        var result = SampleRun.Of("Student_misuses_the_library");
        Assert.Multiple(() =>
        {
            Assert.That(result.Message, Does.StartWith(
                "Your code threw ArgumentOutOfRangeException: GetPixel(x: -1, y: 0) is outside the 4×2 image"));
            Assert.That(result.Message, Does.EndWith("It happened in Filtering.LeftNeighbour in Filtering.cs:line 30."));
            Assert.That(result.StackTrace, Does.Not.Contain("Labs.Imaging").And.Not.Contain("ThrowBadAccess"));
        });
    }

    [Test]
    public void Assertion_failures_and_passes_are_left_as_NUnit_reports_them()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SampleRun.Of("Failing_assertion_is_left_alone").Message, Does.Contain("Expected: 3"));
            Assert.That(SampleRun.Of("Passing_test").ResultState, Is.EqualTo(ResultState.Success));
        });
    }

    [Test]
    public void Tests_without_the_attribute_keep_NUnits_raw_report() =>
        Assert.That(SampleRun.Of("Without_feedback_attribute").Message, Does.StartWith("System.NotImplementedException"));

    [Test]
    public void Describe_without_file_information_still_names_the_method()
    {
        var report = ExceptionFeedback.Describe(new NotImplementedException(), testAssembly: null, task: null);
        Assert.That(report.Message, Is.EqualTo("`This method` is not implemented yet."));
    }
}
