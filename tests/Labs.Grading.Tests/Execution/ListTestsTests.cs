using Labs.Grading.Execution;

namespace Labs.Grading.Tests.Execution;

public sealed class ListTestsTests
{
    [Test]
    public async Task Listing_reads_points_task_and_criterion_of_each_test()
    {
        var tests = await AdversarialRun.ListAsync();
        var square = tests.Single(t => t.Name == "A_honest_square_before_the_attacks");
        var mean = tests.Single(t => t.Name == "Mean_of_a_small_image");
        Assert.Multiple(() =>
        {
            Assert.That(square.FullName, Is.EqualTo("AdversarialLab.Checks.HiddenTests.A_honest_square_before_the_attacks"));
            Assert.That(square.Points, Is.EqualTo(1));
            Assert.That(square.Task, Is.EqualTo(1));
            Assert.That(square.TaskTitle, Is.EqualTo("Attacks"));
            Assert.That(square.Criterion, Is.EqualTo("3² = 9."));
            Assert.That(square.Title, Is.EqualTo("A honest square before the attacks"));
            Assert.That(mean.Points, Is.EqualTo(2));
            Assert.That(mean.Task, Is.EqualTo(3));
            Assert.That(mean.TaskTitle, Is.EqualTo("Honest work"));
        });
    }

    [Test]
    public async Task Test_cases_each_carry_the_points_of_their_method()
    {
        var cases = (await AdversarialRun.ListAsync()).Where(t => t.FullName.Contains(".Square_cases(", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(cases.Select(t => t.Name), Is.EquivalentTo(new[] { "Square_cases(2.0d,4.0d)", "Square_cases(-3.0d,9.0d)" }));
            Assert.That(cases.Select(t => t.Points), Is.All.EqualTo(0.5));
        });
    }

    [Test]
    public async Task A_test_without_points_has_none()
    {
        var test = (await AdversarialRun.ListAsync()).Single(t => t.Name == "Assert_ignore_from_student_code_without_points");
        Assert.That(test.Points, Is.Null);
    }

    [Test]
    public async Task Explicit_and_ignored_tests_are_not_expected()
    {
        var names = (await AdversarialRun.ListAsync()).Select(t => t.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Does.Not.Contain("Explicit_test_is_not_expected"));
            Assert.That(names, Does.Not.Contain("Ignored_test_is_not_expected"));
            // 20 in HiddenTests minus the explicit and the ignored one, 2 in SlowSetup, 1 + 2 cases in TrailingTests.
            Assert.That(names, Has.Count.EqualTo(18 + 2 + 3));
        });
    }

    [Test]
    public void Listing_a_missing_assembly_names_the_file() =>
        Assert.That(() => HiddenTestRunner.ListTestsAsync("no/such/Lab.Hidden.Tests.dll"),
            Throws.TypeOf<FileNotFoundException>().With.Message.EqualTo(
                "ListTestsAsync: testAssemblyPath 'no/such/Lab.Hidden.Tests.dll' does not exist. Build it first, or pass the full path of the compiled file."));
}
