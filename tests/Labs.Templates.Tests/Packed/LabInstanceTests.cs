namespace Labs.Templates.Tests.Packed;

/// <summary>
/// Each lab as a student gets it: listed by <c>dotnet new list</c>, created by <c>dotnet new</c> from the packed
/// templates, built and tested with <c>dotnet test</c> in its own folder.
/// </summary>
public sealed class LabInstanceTests
{
    private const string ToDoMessage = "is not implemented yet";
    private const string StudentId = "s123";
    private const string Passed = "Passed";
    private const string Failed = "Failed";
    private const string ClassroomEnvVariable = "LABS_CLASSROOM_ENV";

    private const string StudentIdProbe = """
        using System.Reflection;

        namespace Lab.Tests;

        public sealed class StudentIdProbe
        {
            [Test]
            public void Student_id_is_an_environment_variable_of_the_test_run() =>
                Assert.That(Environment.GetEnvironmentVariable("LABS_STUDENT_ID"), Is.EqualTo("s123"));

            [Test]
            public void Student_id_is_metadata_of_the_test_assembly() =>
                Assert.That(typeof(StudentIdProbe).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                    .Single(a => a.Key == "LabsStudentId").Value, Is.EqualTo("s123"));
        }
        """;

    private static readonly string[] ProbeTests =
        ["Student_id_is_an_environment_variable_of_the_test_run", "Student_id_is_metadata_of_the_test_assembly"];

    private static readonly Lock Hive = new();

    private static IEnumerable<string> Labs => LabSource.Names();

    [Test]
    public void Dotnet_new_list_shows_every_lab()
    {
        var list = DotnetCommand.Run(TemplatePack.WorkFolder, "new", "list", "iplab", "--debug:custom-hive", TemplatePack.Hive);

        Assert.That(list.ExitCode, Is.Zero, list.ToString());
        Assert.Multiple(() =>
        {
            foreach (var lab in LabSource.All())
            {
                Assert.That(list.Output, Does.Contain(lab.ShortName).And.Contain(lab.TemplateName), list.ToString());
            }
        });
    }

    [TestCaseSource(nameof(Labs))]
    public void Without_a_student_id_the_id_is_left_for_the_student_to_fill_in(string name)
    {
        var folder = Instantiate(LabSource.Named(name), "no-id");

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(folder, "Directory.Build.props")), Does.Contain("<LabsStudentId></LabsStudentId>"));
            Assert.That(Path.Combine(folder, "Lab.Hidden.Tests"), Does.Not.Exist, "Students never get the hidden tests.");
        });
    }

    /// <summary>
    /// One lab folder, tested twice as a student and a grader would: first as created (every visible test fails with
    /// a to-do), then with the reference solution and the hidden tests in place (every test passes).
    /// </summary>
    [TestCaseSource(nameof(Labs))]
    [Parallelizable(ParallelScope.Children)]
    public void New_lab_fails_with_to_dos_until_the_reference_solution_passes_every_visible_and_hidden_test(string name)
    {
        var lab = LabSource.Named(name);
        var folder = Instantiate(lab, "student", "--student-id", StudentId);
        Assert.That(File.ReadAllText(Path.Combine(folder, "Directory.Build.props")), Does.Contain($"<LabsStudentId>{StudentId}</LabsStudentId>"));

        // As the lab's workflow runs the visible tests: with LABS_CLASSROOM_ENV naming the file for the Classroom reporter.
        var classroomEnv = Path.Combine(folder, "TestResults", "classroom.env");
        var created = DotnetCommand.Run(folder, "test", "--logger", "trx;LogFileName=r.trx", "-e", $"{ClassroomEnvVariable}={classroomEnv}");
        var toDos = TrxReport.ReadAll(folder);
        Assert.Multiple(() =>
        {
            Assert.That(created.Output, Does.Not.Contain(": warning "), "A new lab builds without warnings. " + created);
            Assert.That(toDos.Select(r => r.MethodName), Is.EquivalentTo(lab.VisibleTests().Select(t => t.Name)),
                "Every visible test ran. " + created);
            Assert.That(toDos.Where(r => r.Outcome != Failed || !r.Message.Contains(ToDoMessage, StringComparison.Ordinal)), Is.Empty,
                "Before the student writes any code, every visible test fails with a to-do message.");
        });
        AssertClassroomReportsEveryVisiblePoint(lab, classroomEnv, created);

        // The reference solution in place of the stubs, the hidden tests next to the visible ones: what a grader does.
        foreach (var (path, split) in lab.StudentSources().Where(s => s.Path.StartsWith("Lab/", StringComparison.Ordinal)))
        {
            File.WriteAllText(Path.Combine(folder, path), split.SolutionText);
        }

        foreach (var path in lab.HiddenFiles)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(lab.Folder, path), target);
        }

        File.WriteAllText(Path.Combine(folder, "Lab.Tests", "StudentIdProbe.cs"), StudentIdProbe);
        foreach (var project in lab.HiddenFiles.Where(f => f.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            var add = DotnetCommand.Run(folder, "sln", "Lab.slnx", "add", project);
            Assert.That(add.ExitCode, Is.Zero, add.ToString());
        }

        foreach (var trx in Directory.EnumerateFiles(folder, "*.trx", SearchOption.AllDirectories))
        {
            File.Delete(trx);
        }

        var solved = DotnetCommand.Run(folder, "test", "--logger", "trx;LogFileName=r.trx");
        var results = TrxReport.ReadAll(folder);
        var expected = lab.VisibleTests().Concat(lab.HiddenTests()).Select(t => t.Name).Concat(ProbeTests);
        Assert.Multiple(() =>
        {
            Assert.That(solved.ExitCode, Is.Zero, solved.ToString());
            Assert.That(results.Select(r => r.MethodName), Is.EquivalentTo(expected), "Every visible and hidden test ran. " + solved);
            Assert.That(results.Where(r => r.Outcome != Passed), Is.Empty, solved.ToString());
        });
    }

    /// <summary>
    /// The classroom.env of a run in which every visible test failed: one runner per task and weight, whose maximum
    /// scores add up, per task and in all, to the visible tests' [Points] as declared in the lab's sources.
    /// </summary>
    private static void AssertClassroomReportsEveryVisiblePoint(LabSource lab, string classroomEnv, CommandResult run)
    {
        Assert.That(classroomEnv, Does.Exist, "The visible tests write classroom.env when LABS_CLASSROOM_ENV names it. " + run);
        var classroom = ClassroomEnvFile.Read(classroomEnv);
        var visible = lab.VisibleTests();
        Assert.Multiple(() =>
        {
            Assert.That(classroom.Runners.Sum(r => r.MaxScore), Is.EqualTo(visible.Sum(t => t.Points)), "All visible points are reported.");
            Assert.That(classroom.Runners.GroupBy(r => r.Task ?? 0).ToDictionary(g => g.Key, g => g.Sum(r => r.MaxScore)),
                Is.EquivalentTo(visible.GroupBy(t => t.Task ?? 0).ToDictionary(g => g.Key, g => g.Sum(t => t.Points))), "Points per task.");
            Assert.That(classroom.Tests.Count(), Is.EqualTo(visible.Count), "One reported test per visible test.");
            Assert.That(classroom.Tests.Where(t => t.Status != "fail" || t.Score != 0), Is.Empty, "Every to-do fails and scores 0.");
        });
    }

    private static string Instantiate(LabSource lab, string variant, params string[] options)
    {
        // One `dotnet new` at a time: they share the template hive.
        lock (Hive)
        {
            return InstantiateAlone(lab, variant, options);
        }
    }

    private static string InstantiateAlone(LabSource lab, string variant, string[] options)
    {
        var folder = Path.Combine(TemplatePack.WorkFolder, "labs", $"{lab.Name}-{variant}");
        var create = DotnetCommand.Run(TemplatePack.WorkFolder,
            ["new", lab.ShortName, "-o", folder, "--no-update-check", "--debug:custom-hive", TemplatePack.Hive, .. options]);
        Assert.That(create.ExitCode, Is.Zero, create.ToString());
        Assert.That(Path.Combine(folder, "Lab.slnx"), Does.Exist, create.ToString());
        return folder;
    }
}
