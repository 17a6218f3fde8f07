using System.Text.Json.Nodes;
using Labs.Grading.Output;
using Labs.Grading.Results;

namespace Labs.Grading.Tests.Output;

public sealed class GradescopeResultsTests
{
    private static JsonObject Parse(SubmissionGrade grade, OutputOptions? options = null) =>
        JsonNode.Parse(GradescopeResults.Write(grade, options))!.AsObject();

    [Test]
    public void Results_match_gradescopes_format()
    {
        SubmissionGrade[] grades = [SampleGrades.Graded(), SampleGrades.CompileError(), SampleGrades.Graded(daysLate: 3, policy: LatePolicy.Zero)];
        foreach (SubmissionGrade grade in grades)
        {
            Assert.That(SchemaFiles.Errors(SchemaFiles.Gradescope, GradescopeResults.Write(grade)), Is.Empty, grade.SubmissionId);
        }
    }

    [Test]
    public void The_schema_rejects_an_unknown_visibility()
    {
        JsonObject json = Parse(SampleGrades.Graded());
        json["visibility"] = "sometimes";
        Assert.That(SchemaFiles.Errors(SchemaFiles.Gradescope, json.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void Each_test_has_its_points_status_output_and_visibility()
    {
        JsonArray tests = Parse(SampleGrades.Graded())["tests"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(tests, Has.Count.EqualTo(4));
            Assert.That(tests[0]!.ToJsonString(), Is.EqualTo(
                """{"name":"Box blur: Box blur keeps the mean","number":"1.1","score":2,"max_score":2,"status":"passed","output":"Passed.","visibility":"visible"}"""));
            Assert.That(tests[1]!["status"]!.GetValue<string>(), Is.EqualTo("failed"));
            Assert.That(tests[1]!["output"]!.GetValue<string>(), Is.EqualTo(
                "Failed.\nChecks: Uses the `Mirror` boundary condition.\n\nExpected 0.5 at (0, 0) but was 0.25.\nNote: Look at Boundary.Fold."));
            Assert.That(tests[1]!["visibility"]!.GetValue<string>(), Is.EqualTo("after_published"));
            Assert.That(tests[2]!["number"]!.GetValue<string>(), Is.EqualTo("2.1"));
        });
    }

    // The tests earn 3 points; 2 days at 10 % takes 0.6, so the top-level score (which overrides the tests' sum) is 2.4.
    [Test]
    public void Top_level_score_carries_the_late_penalty()
    {
        JsonObject json = Parse(SampleGrades.Graded(daysLate: 2, policy: LatePolicy.PerDay(10m)));
        Assert.Multiple(() =>
        {
            Assert.That(json["score"]!.ToJsonString(), Is.EqualTo("2.4"));
            Assert.That(json["tests"]!.AsArray().Sum(t => t!["score"]!.GetValue<decimal>()), Is.EqualTo(3m));
            Assert.That(json["output"]!.GetValue<string>(), Does.Contain("Submitted 2 days late."));
        });
    }

    // Durations 12.4 + 30.2 + 1.0 + 4.9 = 48.5 ms, rounded up to whole seconds = 1.
    [Test]
    public void Submission_level_fields_are_filled()
    {
        JsonObject json = Parse(SampleGrades.Graded());
        Assert.Multiple(() =>
        {
            Assert.That(json.Select(p => p.Key), Is.EqualTo(new[] { "score", "execution_time", "output", "visibility", "stdout_visibility", "tests" }));
            Assert.That(json["execution_time"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(json["visibility"]!.GetValue<string>(), Is.EqualTo("visible"));
            Assert.That(json["stdout_visibility"]!.GetValue<string>(), Is.EqualTo("hidden"));
        });
    }

    [Test]
    public void Hidden_tests_follow_the_instructors_visibility_and_detail_choices()
    {
        var options = new OutputOptions { HiddenTests = HiddenTestFeedback.Outcome, GradescopeHiddenTests = GradescopeVisibility.AfterDueDate };
        JsonArray tests = Parse(SampleGrades.Graded(), options)["tests"]!.AsArray();
        JsonArray totals = Parse(SampleGrades.Graded(), new OutputOptions { HiddenTests = HiddenTestFeedback.TaskTotals })["tests"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(tests[1]!["visibility"]!.GetValue<string>(), Is.EqualTo("after_due_date"));
            Assert.That(tests[1]!["output"]!.GetValue<string>(), Is.EqualTo("Failed.\nChecks: Uses the `Mirror` boundary condition."));
            Assert.That(tests[0]!["visibility"]!.GetValue<string>(), Is.EqualTo("visible"));
            Assert.That(totals[1]!["name"]!.GetValue<string>(), Is.EqualTo("Box blur: Hidden test 2"));
        });
    }

    [Test]
    public void Visibility_names_are_gradescopes()
    {
        Assert.That(Enum.GetValues<GradescopeVisibility>().Select(GradescopeResults.Name),
            Is.EqualTo(new[] { "visible", "hidden", "after_due_date", "after_published" }));
    }
}
