namespace Labs.Templates.Tests;

/// <summary>
/// The two workflows of GitHub Classroom grading: the lab's own (visible tests, points to Classroom's reporter) and the
/// instructor's (every student repository graded with the hidden tests from a private repository).
/// </summary>
public sealed class WorkflowTests
{
    private const string Reporter = "classroom-resources/autograding-grading-reporter@v1";
    private const string ReportEvenWhenTestsFail = "${{ !cancelled() }}";

    private static string StudentWorkflowPath => Path.Combine(Path.Combine(Repository.Root, "templates"), "_common", ".github", "workflows", "test.yml");

    private static string InstructorWorkflowPath =>
        Path.Combine(Repository.Root, "examples", "instructor", ".github", "workflows", "grade-assignment.yml");

    [Test]
    public void Student_workflow_has_the_names_Classroom_looks_for()
    {
        var workflow = WorkflowNode.Load(StudentWorkflowPath);

        Assert.Multiple(() =>
        {
            Assert.That(workflow.Text("name"), Is.EqualTo("Autograding Tests"));
            Assert.That(workflow["jobs"].Map.Keys, Is.EqualTo(new[] { "run-autograding-tests" }));
            Assert.That(workflow["permissions"].Text("checks"), Is.EqualTo("write"));
        });
    }

    [Test]
    public void Student_workflow_runs_the_visible_tests_then_hands_their_points_to_the_reporter_even_when_tests_fail()
    {
        var job = WorkflowNode.Load(StudentWorkflowPath)["jobs"]["run-autograding-tests"];
        var steps = job["steps"].Items;
        var test = steps.FindIndex(s => s.Text("run")?.StartsWith("dotnet test Lab.slnx", StringComparison.Ordinal) == true);
        var upload = steps.FindIndex(s => s.Text("uses") == "actions/upload-artifact@v4");
        var handOver = steps.FindIndex(s => s.Text("run")?.Contains("cat \"$LABS_CLASSROOM_ENV\" >> \"$GITHUB_ENV\"", StringComparison.Ordinal) == true);
        var report = steps.FindIndex(s => s.Text("uses") == Reporter);

        Assert.Multiple(() =>
        {
            Assert.That(steps.Take(2).Select(s => s.Text("uses")), Is.EqualTo(new[] { "actions/checkout@v4", "actions/setup-dotnet@v4" }));
            Assert.That(job["env"].Text("LABS_CLASSROOM_ENV"), Is.EqualTo("${{ github.workspace }}/TestResults/classroom.env"),
                "The tests write classroom.env where the job's variable says.");
            Assert.That(new[] { test, upload, handOver, report }, Is.EqualTo(new[] { 2, 3, 4, 5 }),
                "Steps: run the visible tests, keep TestResults, hand classroom.env to $GITHUB_ENV, run the reporter.");
            Assert.That(steps[test].Text("if"), Is.Null);
            Assert.That(steps.Skip(test + 1).Select(s => s.Text("if")), Is.All.StartsWith("${{ !cancelled()"),
                "The steps after the tests run when tests fail.");
            Assert.That(steps[upload]["with"].Text("path"), Is.EqualTo("**/TestResults/**"));
            Assert.That(steps[report]["with"].Text("runners"), Is.EqualTo("${{ env.CLASSROOM_RUNNERS }}"));
        });
    }

    [TestCaseSource(typeof(LabSource), nameof(LabSource.Names))]
    public void Visible_tests_write_classroom_env_and_hidden_tests_do_not(string name)
    {
        var lab = LabSource.Named(name);
        const string Attribute = "<AssemblyAttribute Include=\"Labs.Testing.Classroom.ClassroomResultsAttribute\" />";

        Assert.Multiple(() =>
        {
            Assert.That(lab.Read("Lab.Tests/Lab.Tests.csproj"), Does.Contain(Attribute));
            Assert.That(lab.Read("Lab.Hidden.Tests/Lab.Hidden.Tests.csproj"), Does.Not.Contain("ClassroomResults"),
                "Only the visible tests report from the student's repository.");
        });
    }

    [Test]
    public void Instructor_workflow_lists_the_repositories_grades_each_in_a_matrix_job_then_writes_one_gradebook()
    {
        var jobs = WorkflowNode.Load(InstructorWorkflowPath)["jobs"];

        Assert.Multiple(() =>
        {
            Assert.That(jobs.Map.Keys, Is.EqualTo(new[] { "list", "grade", "gradebook" }));
            Assert.That(jobs["list"]["steps"].Items.Single()["env"].Text("GH_TOKEN"), Is.EqualTo("${{ secrets.CLASSROOM_TOKEN }}"));
            Assert.That(jobs["grade"].Text("needs"), Is.EqualTo("list"));
            Assert.That(jobs["grade"]["strategy"]["matrix"].Text("repository"), Is.EqualTo("${{ fromJSON(needs.list.outputs.repositories) }}"));
            Assert.That(jobs["grade"]["strategy"].Text("fail-fast"), Is.EqualTo("false"), "One student's failure does not stop the others.");
            Assert.That(jobs["gradebook"].Text("needs"), Is.EqualTo("grade"));
            Assert.That(jobs["gradebook"].Text("if"), Is.EqualTo(ReportEvenWhenTestsFail));
        });
    }

    [Test]
    public void Instructor_workflow_grades_a_checkout_of_the_student_repository_and_keeps_its_grade_folder()
    {
        var steps = WorkflowNode.Load(InstructorWorkflowPath)["jobs"]["grade"]["steps"].Items;
        var student = steps.FindIndex(s => s.Map.ContainsKey("with") && s["with"].Text("repository") == "${{ inputs.organization }}/${{ matrix.repository }}");
        var grade = steps.FindIndex(s => s.Text("run")?.StartsWith("dotnet run --project src/Labs.Cli", StringComparison.Ordinal) == true);
        var upload = steps.FindIndex(s => s.Text("uses") == "actions/upload-artifact@v4");

        Assert.Multiple(() =>
        {
            Assert.That(steps[0].Text("uses"), Is.EqualTo("actions/checkout@v4"), "First this private repository, with the hidden tests.");
            Assert.That(steps[0].Map.ContainsKey("with") ? steps[0]["with"].Text("repository") : null, Is.Null);
            Assert.That(student, Is.EqualTo(1));
            Assert.That(steps[student]["with"].Text("token"), Is.EqualTo("${{ secrets.CLASSROOM_TOKEN }}"));
            Assert.That(steps[student]["with"].Text("path"), Is.EqualTo("submissions/${{ matrix.repository }}"),
                "The checkout is the one submission in the --submissions folder, named after the repository.");
            Assert.That(steps.Select(s => s.Map.ContainsKey("with") ? s["with"].Text("persist-credentials") : null).Where(v => v is not null),
                Is.All.EqualTo("false"), "No token stays on disk where student code runs.");
            Assert.That(grade, Is.GreaterThan(student));
            Assert.That(steps[grade].Text("run"), Does.Contain("-- grade --lab \"$LAB\" --submissions submissions --out grades"));
            Assert.That(upload, Is.GreaterThan(grade));
            Assert.That(steps[upload]["with"].Text("name"), Is.EqualTo("grade-${{ matrix.repository }}"));
            Assert.That(steps[upload]["with"].Text("path"), Is.EqualTo("grades/\n!grades/gradebook.csv"),
                "The artifact holds <repository>/grade.json …, so merged downloads give one folder per submission.");
        });
    }

    [Test]
    public void Instructor_workflow_merges_every_grade_artifact_into_the_folder_labs_gradebook_reads()
    {
        var steps = WorkflowNode.Load(InstructorWorkflowPath)["jobs"]["gradebook"]["steps"].Items;
        var download = steps.FindIndex(s => s.Text("uses") == "actions/download-artifact@v4");
        var gradebook = steps.FindIndex(s => s.Text("run")?.Contains("-- gradebook --grades grades", StringComparison.Ordinal) == true);

        Assert.Multiple(() =>
        {
            Assert.That(steps[download]["with"].Text("pattern"), Is.EqualTo("grade-*"));
            Assert.That(steps[download]["with"].Text("merge-multiple"), Is.EqualTo("true"));
            Assert.That(steps[download]["with"].Text("path"), Is.EqualTo("grades"));
            Assert.That(gradebook, Is.GreaterThan(download));
            Assert.That(steps.Last().Text("uses"), Is.EqualTo("actions/upload-artifact@v4"));
        });
    }

    [Test]
    public void The_Classroom_guide_shows_both_workflows_as_they_are()
    {
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "docs", "grading", "github-classroom.md"));

        Assert.Multiple(() =>
        {
            Assert.That(guide, Does.Contain("```yaml\n" + File.ReadAllText(StudentWorkflowPath) + "```"));
            Assert.That(guide, Does.Contain("```yaml\n" + File.ReadAllText(InstructorWorkflowPath) + "```"));
        });
    }

    [Test]
    public void Instructor_workflow_is_outside_the_templates_so_students_never_get_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InstructorWorkflowPath, Does.Exist);
            Assert.That(Path.GetRelativePath(Path.Combine(Repository.Root, "templates"), InstructorWorkflowPath), Does.StartWith(".."));
            Assert.That(File.ReadAllText(StudentWorkflowPath), Does.Not.Contain("Hidden").And.Not.Contain("secrets."));
        });
    }
}
