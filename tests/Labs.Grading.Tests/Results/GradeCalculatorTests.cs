using Labs.Grading.Results;
using Labs.Grading.Tests.Output;

namespace Labs.Grading.Tests.Results;

public sealed class GradeCalculatorTests
{
    // Sample: task 1 = 2 + 0 of 2 + 2, task 2 = 0 + 1 of 3 + 1; total 3 of 8.
    [Test]
    public void Adds_points_per_task_and_in_total()
    {
        SubmissionGrade grade = SampleGrades.Graded();
        Assert.Multiple(() =>
        {
            Assert.That(grade.Tasks, Is.EqualTo(new[]
            {
                new TaskGrade(1, "Box blur", 2m, 4m),
                new TaskGrade(2, "Edges, gradients", 1m, 4m),
            }));
            Assert.That(grade.Earned, Is.EqualTo(3m));
            Assert.That(grade.Penalty, Is.EqualTo(0m));
            Assert.That(grade.Total, Is.EqualTo(3m));
            Assert.That(grade.Max, Is.EqualTo(8m));
            Assert.That(grade.Late, Is.Null);
            Assert.That(grade.IsLate, Is.False);
        });
    }

    // 10 % per day × 2 days = 20 % of 3 = 0.6; total 2.4.
    [Test]
    public void Late_work_is_graded_and_the_policy_takes_its_penalty_from_the_total()
    {
        SubmissionGrade grade = SampleGrades.Graded(daysLate: 2, policy: LatePolicy.PerDay(10m));
        Assert.Multiple(() =>
        {
            Assert.That(grade.Earned, Is.EqualTo(3m));
            Assert.That(grade.Penalty, Is.EqualTo(0.6m));
            Assert.That(grade.Total, Is.EqualTo(2.4m));
            Assert.That(grade.Tasks[0].Earned, Is.EqualTo(2m), "task points stay as the tests earned them");
            Assert.That(grade.Late!.DaysLate, Is.EqualTo(2));
            Assert.That(grade.Late.Notice, Is.EqualTo(
                "Submitted 2 days late. The late policy deducts 10% of the points per day late, so 20% (0.6 points) was deducted from your 3 points."));
        });
    }

    [Test]
    public void Zero_policy_notice_says_the_work_was_still_graded()
    {
        SubmissionGrade grade = SampleGrades.Graded(daysLate: 1, policy: LatePolicy.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Total, Is.EqualTo(0m));
            Assert.That(grade.Earned, Is.EqualTo(3m));
            Assert.That(grade.Late!.Notice, Is.EqualTo(
                "Submitted 1 day late. The late policy gives late work 0 points, so your 3 points count as 0. Your work was still graded so you can learn from the feedback."));
        });
    }

    [Test]
    public void Work_later_than_the_last_accepted_day_gets_zero_with_an_explanation()
    {
        SubmissionGrade grade = SampleGrades.Graded(daysLate: 5, policy: LatePolicy.PerDay(10m, maxDaysLate: 3));
        Assert.Multiple(() =>
        {
            Assert.That(grade.Total, Is.EqualTo(0m));
            Assert.That(grade.Late!.Notice, Is.EqualTo(
                "Submitted 5 days late. The late policy accepts work at most 3 days late, so your 3 points count as 0. Your work was still graded so you can learn from the feedback."));
        });
    }

    [Test]
    public void A_policy_without_penalty_still_tells_the_student_they_were_late()
    {
        SubmissionGrade grade = SampleGrades.Graded(daysLate: 2, policy: LatePolicy.None);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Total, Is.EqualTo(3m));
            Assert.That(grade.IsLate, Is.True);
            Assert.That(grade.Late!.Notice, Is.EqualTo("Submitted 2 days late. The late policy of this lab accepts late work without penalty."));
        });
    }

    [Test]
    public void Tasks_named_only_by_tests_get_a_default_title_and_untasked_tests_go_to_task_0()
    {
        SubmissionResult result = SampleGrades.Result() with
        {
            Tasks = [],
            Tests = [SampleGrades.Tests()[0], SampleGrades.Tests()[3] with { Task = 0 }],
        };
        SubmissionGrade grade = GradeCalculator.Calculate(result, LatePolicy.None);
        Assert.That(grade.Tasks, Is.EqualTo(new[]
        {
            new TaskGrade(0, "Other tests", 1m, 1m),
            new TaskGrade(1, "Task 1", 2m, 2m),
        }));
    }

    [Test]
    public void A_test_listed_twice_is_refused()
    {
        TestGrade test = SampleGrades.Tests()[0];
        var error = Assert.Throws<ArgumentException>(() =>
            GradeCalculator.Calculate(SampleGrades.Result() with { Tests = [test, test] }, LatePolicy.None));
        Assert.That(error!.Message, Does.StartWith(
            "GradeCalculator.Calculate: test \"Lab.Tests.BlurTests.Keeps_mean\" is listed twice: give each test exactly one result."));
    }

    [Test]
    public void A_test_earning_more_than_it_is_worth_is_refused()
    {
        TestGrade test = SampleGrades.Tests()[0] with { Earned = 3m };
        var error = Assert.Throws<ArgumentException>(() =>
            GradeCalculator.Calculate(SampleGrades.Result() with { Tests = [test] }, LatePolicy.None));
        Assert.That(error!.Message, Does.StartWith(
            "GradeCalculator.Calculate: test \"Lab.Tests.BlurTests.Keeps_mean\" earned 3 of 2 points: Max must be 0 or more and Earned between 0 and Max."));
    }

    [TestCase("")]
    [TestCase("../alice")]
    [TestCase("a/b")]
    public void A_submission_id_that_is_not_a_folder_name_is_refused(string id)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            GradeCalculator.Calculate(SampleGrades.Result() with { SubmissionId = id }, LatePolicy.None));
        Assert.That(error!.Message, Does.StartWith(
            $"GradeCalculator.Calculate: submission id \"{id}\" cannot be a folder name: use the submission's folder or zip name without a path, e.g. \"alice\"."));
    }
}
