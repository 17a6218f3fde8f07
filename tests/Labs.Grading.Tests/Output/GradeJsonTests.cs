using System.Text.Json.Nodes;
using Labs.Grading.Output;
using Labs.Grading.Results;

namespace Labs.Grading.Tests.Output;

public sealed class GradeJsonTests
{
    [Test]
    public void Grade_json_starts_with_the_schema_version_and_uses_camel_case_names()
    {
        JsonObject json = JsonNode.Parse(GradeJson.Serialize(SampleGrades.Graded()))!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(json.First().Key, Is.EqualTo("schemaVersion"));
            Assert.That(json["schemaVersion"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(json["submissionId"]!.GetValue<string>(), Is.EqualTo("alice"));
            Assert.That(json["status"]!.GetValue<string>(), Is.EqualTo("graded"));
            Assert.That(json["tests"]![2]!["outcome"]!.GetValue<string>(), Is.EqualTo("notImplemented"));
            Assert.That(json["tests"]![1]!["criterion"]!.GetValue<string>(), Is.EqualTo("Uses the `Mirror` boundary condition."));
            Assert.That(json["tests"]![0]!["criterion"], Is.Null);
            Assert.That(json["tasks"]![1]!.ToJsonString(), Is.EqualTo("""{"number":2,"title":"Edges, gradients","earned":1,"max":4}"""));
            Assert.That(json["total"]!.ToJsonString(), Is.EqualTo("3"));
            Assert.That(json["late"], Is.Null);
            Assert.That(json["gradedAt"]!.GetValue<string>(), Is.EqualTo("2025-03-14T09:26:53+00:00"));
        });
    }

    [Test]
    public void Late_grade_stores_the_policy_and_the_notice()
    {
        JsonObject json = JsonNode.Parse(GradeJson.Serialize(SampleGrades.Graded(daysLate: 2, policy: LatePolicy.PerDay(10m, 3))))!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(json["late"]!["policy"]!.ToJsonString(), Is.EqualTo("""{"kind":"penaltyPerDay","percentPerDay":10,"maxDaysLate":3}"""));
            Assert.That(json["penalty"]!.ToJsonString(), Is.EqualTo("0.6"));
            Assert.That(json["total"]!.ToJsonString(), Is.EqualTo("2.4"));
            Assert.That(json["isLate"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public void Graded_late_and_failed_submissions_match_the_documented_schema()
    {
        SubmissionGrade[] grades =
        [
            SampleGrades.Graded(),
            SampleGrades.Graded("carol", daysLate: 2, policy: LatePolicy.PerDay(10m)),
            SampleGrades.CompileError(),
            GradeCalculator.Calculate(SampleGrades.Result("dan") with { Status = SubmissionStatus.Error, StatusMessage = "host died", Tests = [] }, LatePolicy.Zero),
        ];
        foreach (SubmissionGrade grade in grades)
        {
            Assert.That(SchemaFiles.Errors(SchemaFiles.Grade, GradeJson.Serialize(grade)), Is.Empty, grade.SubmissionId);
        }
    }

    [Test]
    public void The_schema_rejects_a_grade_without_a_total()
    {
        JsonObject json = JsonNode.Parse(GradeJson.Serialize(SampleGrades.Graded()))!.AsObject();
        json.Remove("total");
        json["status"] = "finished";
        Assert.That(SchemaFiles.Errors(SchemaFiles.Grade, json.ToJsonString()), Has.Count.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void Reading_back_gives_the_same_grade()
    {
        SubmissionGrade original = SampleGrades.CompileError() with { Late = new LateSubmission(3, LatePolicy.PerDay(5m), "late") };
        string json = GradeJson.Serialize(original);
        SubmissionGrade copy = GradeJson.Deserialize(json);
        Assert.Multiple(() =>
        {
            Assert.That(GradeJson.Serialize(copy), Is.EqualTo(json));
            Assert.That(copy.Late, Is.EqualTo(original.Late));
            Assert.That(copy.BuildDiagnostics, Is.EqualTo(original.BuildDiagnostics));
            Assert.That(copy.IgnoredFiles, Is.EqualTo(original.IgnoredFiles));
            Assert.That(copy.Tests[1].InstructorMessages, Is.EqualTo(new[] { "Look at Boundary.Fold." }));
            Assert.That(copy.GradedAt, Is.EqualTo(SampleGrades.GradedAt));
        });
    }

    [Test]
    public void Another_schema_version_is_refused_with_a_fix()
    {
        string json = GradeJson.Serialize(SampleGrades.Graded()).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal);
        var error = Assert.Throws<InvalidDataException>(() => GradeJson.Deserialize(json));
        Assert.That(error!.Message, Is.EqualTo(
            "GradeJson.Deserialize: schemaVersion is 2, but this grader reads version 1: grade the submission again (use --force)."));
    }

    [Test]
    public void Text_that_is_not_a_grade_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<InvalidDataException>(() => GradeJson.Deserialize("{\"schemaVersion\": 1, \"submissionId\": 5}"));
            Assert.Throws<InvalidDataException>(() => GradeJson.Deserialize("{ truncated"));
        });
    }
}
