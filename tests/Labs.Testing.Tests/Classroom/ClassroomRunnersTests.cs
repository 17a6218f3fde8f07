using System.Text;
using Labs.Testing.Classroom;

namespace Labs.Testing.Tests.Classroom;

public sealed class ClassroomRunnersTests
{
    private static ClassroomTest Test(int task, decimal points, ClassroomStatus status) =>
        new($"Test {task}", task, points, status, status == ClassroomStatus.Pass ? "" : "wrong", 3);

    [Test]
    public void The_environment_file_lists_the_runners_then_one_base64_line_each()
    {
        var runners = ClassroomRunners.Split([Test(1, 2m, ClassroomStatus.Pass), Test(3, 1.50m, ClassroomStatus.Fail)]);

        // The JSON written by hand; base64 of its UTF-8 bytes is what the reporter decodes.
        const string task1 = """{"version":1,"status":"pass","max_score":2,"tests":[{"name":"Test 1","status":"pass","score":2,"message":"","test_code":"","filename":"","line_no":0,"duration":3}]}""";
        const string task3 = """{"version":1,"status":"fail","max_score":1.5,"tests":[{"name":"Test 3","status":"fail","score":0,"message":"wrong","test_code":"","filename":"","line_no":0,"duration":3}]}""";
        Assert.That(ClassroomRunners.EnvironmentFile(runners), Is.EqualTo(
            "CLASSROOM_RUNNERS=task1,task3\n"
            + "TASK1_RESULTS=" + Convert.ToBase64String(Encoding.UTF8.GetBytes(task1)) + "\n"
            + "TASK3_RESULTS=" + Convert.ToBase64String(Encoding.UTF8.GetBytes(task3)) + "\n"));
    }

    [Test]
    public void A_runner_that_could_not_run_reports_error_unless_a_test_failed()
    {
        var error = ClassroomRunner.Of("task1", [Test(1, 1m, ClassroomStatus.Pass), Test(1, 1m, ClassroomStatus.Error)]);
        var fail = ClassroomRunner.Of("task1", [Test(1, 1m, ClassroomStatus.Error), Test(1, 1m, ClassroomStatus.Fail)]);

        Assert.Multiple(() =>
        {
            Assert.That(error.ResultJson, Does.StartWith("""{"version":1,"status":"error","max_score":2,"""));
            Assert.That(fail.ResultJson, Does.StartWith("""{"version":1,"status":"fail","max_score":2,"""));
        });
    }

    [Test]
    public void A_runner_id_the_reporter_cannot_read_is_refused()
    {
        Assert.That(() => ClassroomRunner.Of("task-1", [Test(1, 1m, ClassroomStatus.Pass)]), Throws.ArgumentException.With.Message.StartsWith(
            "ClassroomRunner.Of: the runner id \"task-1\" is not letters and digits only, as the reporter's runners input needs: use an id such as task1."));
    }

    [Test]
    public void Splitting_no_tests_is_refused()
    {
        Assert.That(() => ClassroomRunners.Split([]), Throws.ArgumentException.With.Message.StartsWith(
            "ClassroomRunners.Split: there are no tests to report; the reporter needs at least one runner with one test."));
    }
}
