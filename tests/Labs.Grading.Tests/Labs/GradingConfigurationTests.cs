using Labs.Grading.Labs;
using Labs.Grading.Results;

namespace Labs.Grading.Tests.Labs;

public sealed class GradingConfigurationTests
{
    private const string FileName = "templates/filtering/grading.json";

    [Test]
    public void Empty_file_keeps_every_default()
    {
        var configuration = GradingConfiguration.Parse("{}", FileName);

        Assert.Multiple(() =>
        {
            Assert.That(configuration.Submission.Include, Is.EqualTo(new[] { "Lab/**/*.cs" }));
            Assert.That(configuration.Submission.Exclude, Is.EqualTo(new[] { "Lab/obj/**", "Lab/bin/**" }));
            Assert.That(configuration.Submission.MaxFileBytes, Is.EqualTo(1024 * 1024));
            Assert.That(configuration.TestTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(configuration.MemoryLimitMegabytes, Is.EqualTo(512));
            Assert.That(configuration.Parallelism, Is.EqualTo(Environment.ProcessorCount));
            Assert.That(configuration.Late.Deadline, Is.Null);
            Assert.That(configuration.Late.Kind, Is.EqualTo(LatePolicyKind.None));
            Assert.That(configuration.HiddenTests, Is.EqualTo(HiddenTestVisibility.Summary));
            Assert.That(configuration.ForbiddenApis, Is.Empty);
            Assert.That(configuration.AppendSolutions, Is.False);
        });
    }

    [Test]
    public void Every_field_is_read()
    {
        const string Json = """
            {
              // Comments and trailing commas are fine.
              "$schema": "https://example.org/grading.schema.json",
              "submission": { "include": ["Lab/**/*.cs", "Lab/answers.md"], "exclude": [], "maxFileKilobytes": 64, "maxTotalKilobytes": 256 },
              "testTimeoutSeconds": 2.5,
              "memoryLimitMegabytes": 256,
              "parallelism": 3,
              "late": { "deadline": "2025-03-14T23:59:00+01:00", "policy": "penalty-per-day", "penaltyPercentPerDay": 10, "maxDaysLate": 5 },
              "hiddenTests": "full",
              "forbiddenApis": ["System.Linq.Enumerable.Average"],
              "appendSolutions": true,
            }
            """;

        var configuration = GradingConfiguration.Parse(Json, FileName);

        Assert.Multiple(() =>
        {
            Assert.That(configuration.Submission, Is.EqualTo(new SubmissionRules(configuration.Submission.Include, configuration.Submission.Exclude, 64 * 1024, 256 * 1024)));
            Assert.That(configuration.Submission.Include, Is.EqualTo(new[] { "Lab/**/*.cs", "Lab/answers.md" }));
            Assert.That(configuration.Submission.Exclude, Is.Empty);
            Assert.That(configuration.TestTimeout, Is.EqualTo(TimeSpan.FromMilliseconds(2500)));
            Assert.That(configuration.MemoryLimitMegabytes, Is.EqualTo(256));
            Assert.That(configuration.Parallelism, Is.EqualTo(3));
            Assert.That(configuration.Late.Deadline, Is.EqualTo(new DateTimeOffset(2025, 3, 14, 23, 59, 0, TimeSpan.FromHours(1))));
            Assert.That(configuration.Late.Kind, Is.EqualTo(LatePolicyKind.PenaltyPerDay));
            Assert.That(configuration.Late.PercentPerDay, Is.EqualTo(10m));
            Assert.That(configuration.Late.MaxDaysLate, Is.EqualTo(5));
            Assert.That(configuration.Late.PenaltyFor(earned: 8m, daysLate: 2), Is.EqualTo(1.6m), "2 days × 10 % of 8 points");
            Assert.That(configuration.Late.PenaltyFor(earned: 8m, daysLate: 6), Is.EqualTo(8m), "later than maxDaysLate");
            Assert.That(configuration.HiddenTests, Is.EqualTo(HiddenTestVisibility.Full));
            Assert.That(configuration.ForbiddenApis, Is.EqualTo(new[] { "System.Linq.Enumerable.Average" }));
            Assert.That(configuration.AppendSolutions, Is.True);
        });
    }

    [Test]
    public void Unknown_field_is_named_with_the_known_ones()
    {
        var problem = Assert.Throws<LabConfigurationException>(() => GradingConfiguration.Parse("""{ "late": { "deadLine": "x" } }""", FileName));

        Assert.Multiple(() =>
        {
            Assert.That(problem.Message, Is.EqualTo(
                "templates/filtering/grading.json: unknown field \"late.deadLine\"; the known fields here are late.deadline, late.policy, late.penaltyPercentPerDay, late.maxDaysLate."));
            Assert.That(problem.Field, Is.EqualTo("late.deadLine"));
            Assert.That(problem.Path, Is.EqualTo(FileName));
        });
    }

    [TestCase("2025-03-14")]
    [TestCase("2025-03-14T23:59:00")]
    [TestCase("14.03.2025 23:59 +01:00")]
    public void Deadline_needs_a_date_time_and_offset(string deadline)
    {
        var json = $$"""{ "late": { "deadline": "{{deadline}}", "policy": "zero" } }""";

        var problem = Assert.Throws<LabConfigurationException>(() => GradingConfiguration.Parse(json, FileName));

        Assert.That(problem.Message, Is.EqualTo(
            $"templates/filtering/grading.json: late.deadline must be an ISO-8601 date and time with its offset, e.g. \"2025-03-14T23:59:00+01:00\"; found \"{deadline}\"."));
    }

    [Test]
    public void Timeout_must_be_a_positive_number()
    {
        var problem = Assert.Throws<LabConfigurationException>(() => GradingConfiguration.Parse("""{ "testTimeoutSeconds": "ten" }""", FileName));

        Assert.Multiple(() =>
        {
            Assert.That(problem.Message, Is.EqualTo(
                "templates/filtering/grading.json: testTimeoutSeconds must be a number of seconds above 0, e.g. 10; found \"ten\"."));
            Assert.That(problem.Field, Is.EqualTo("testTimeoutSeconds"));
        });
    }

    [Test]
    public void Penalty_policy_needs_a_percentage()
    {
        const string Json = """{ "late": { "deadline": "2025-03-14T23:59:00Z", "policy": "penaltyPerDay" } }""";

        var problem = Assert.Throws<LabConfigurationException>(() => GradingConfiguration.Parse(Json, FileName));

        Assert.That(problem.Message, Is.EqualTo(
            "templates/filtering/grading.json: late.policy \"penaltyPerDay\" needs late.penaltyPercentPerDay, e.g. 10 for 10 % per day."));
    }

    [Test]
    public void Zero_policy_needs_a_deadline()
    {
        var problem = Assert.Throws<LabConfigurationException>(() => GradingConfiguration.Parse("""{ "late": { "policy": "zero" } }""", FileName));

        Assert.That(problem.Message, Is.EqualTo(
            "templates/filtering/grading.json: late.policy \"zero\" needs late.deadline, e.g. \"2025-03-14T23:59:00+01:00\"."));
    }

    [TestCase("../secret/**")]
    [TestCase("/etc/**")]
    public void Patterns_may_not_leave_the_lab_folder(string glob)
    {
        var json = $$"""{ "submission": { "include": ["{{glob}}"] } }""";

        var problem = Assert.Throws<LabConfigurationException>(() => GradingConfiguration.Parse(json, FileName));

        Assert.That(problem.Message, Is.EqualTo(
            $"templates/filtering/grading.json: submission.include has the pattern \"{glob}\", which leaves the lab folder; patterns are relative to the lab folder, e.g. \"Lab/**/*.cs\"."));
    }

    [Test]
    public void Visibility_names_the_three_choices()
    {
        var problem = Assert.Throws<LabConfigurationException>(() => GradingConfiguration.Parse("""{ "hiddenTests": "secret" }""", FileName));

        Assert.That(problem.Message, Is.EqualTo(
            "templates/filtering/grading.json: hiddenTests must be \"full\", \"summary\" or \"hidden\"; found \"secret\"."));
    }

    [Test]
    public void Broken_json_names_the_line()
    {
        var problem = Assert.Throws<LabConfigurationException>(() => GradingConfiguration.Parse("{\n  \"parallelism\": 2\n  \"hiddenTests\": \"full\"\n}", FileName));

        // The missing comma is noticed where line 3 starts.
        Assert.That(problem.Message, Does.StartWith("templates/filtering/grading.json(line 3): not valid JSON: "));
    }

    [Test]
    public void Missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-lab", "grading.json");

        var problem = Assert.Throws<LabConfigurationException>(() => GradingConfiguration.Load(path));

        Assert.That(problem.Message, Is.EqualTo($"{path}: the grading configuration file does not exist."));
    }
}
