using Labs.Grading.Labs;

namespace Labs.Grading.Tests.Labs;

public sealed class LabDefinitionTests
{
    [Test]
    public void Finds_the_projects_and_uses_defaults_without_grading_json()
    {
        using var lab = new TemporaryLab();

        var definition = LabDefinition.Load(lab.Root);

        Assert.Multiple(() =>
        {
            Assert.That(definition.Name, Is.EqualTo(Path.GetFileName(lab.Root)));
            Assert.That(definition.LabProjectPath, Is.EqualTo(lab.ProjectPath));
            Assert.That(definition.HiddenTestProjectPath, Is.EqualTo(Path.Combine(lab.Root, "Lab.Hidden.Tests", "Lab.Hidden.Tests.csproj")));
            Assert.That(definition.VisibleTestProjectPaths, Is.EqualTo(new[] { Path.Combine(lab.Root, "Lab.Tests", "Lab.Tests.csproj") }));
            Assert.That(definition.Configuration, Is.EqualTo(GradingConfiguration.Default));
            Assert.That(definition.HandoutFolders, Is.EqualTo(new[] { lab.Root }));
        });
    }

    [Test]
    public void Reads_grading_json_next_to_the_handout()
    {
        using var lab = new TemporaryLab();
        lab.Write("grading.json", """{ "testTimeoutSeconds": 3, "hiddenTests": "hidden" }""");

        var definition = LabDefinition.Load(lab.Root);

        Assert.Multiple(() =>
        {
            Assert.That(definition.Configuration.TestTimeout, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(definition.Configuration.HiddenTests, Is.EqualTo(HiddenTestVisibility.Hidden));
        });
    }

    [Test]
    public void Bad_grading_json_names_its_path()
    {
        using var lab = new TemporaryLab();
        var path = lab.Write("grading.json", """{ "parallelism": 0 }""");

        var problem = Assert.Throws<LabConfigurationException>(() => LabDefinition.Load(lab.Root));

        Assert.That(problem.Message, Is.EqualTo($"{path}: parallelism must be a whole number above 0 (or null for one per processor); found 0."));
    }

    [Test]
    public void Handout_folders_follow_the_template_sources()
    {
        using var lab = new TemporaryLab();
        lab.Write(".template.config/template.json", """{ "sources": [ { "source": "./", "target": "./" }, { "source": "common/", "target": "./" }, { "source": "elsewhere/", "target": "docs/" } ] }""");
        lab.Write("common/nuget.config", "<configuration />\n");
        lab.Write("elsewhere/readme.md", "x\n");

        var definition = LabDefinition.Load(lab.Root);

        // elsewhere/ lands in docs/, not in the lab folder, so it does not describe files at the lab's top.
        Assert.That(definition.HandoutFolders, Is.EqualTo(new[] { lab.Root, Path.Combine(lab.Root, "common") }));
    }

    [Test]
    public void Lab_without_student_project_is_refused()
    {
        using var lab = new TemporaryLab();
        File.Delete(lab.ProjectPath);

        var problem = Assert.Throws<LabConfigurationException>(() => LabDefinition.Load(lab.Root));

        Assert.That(problem.Message, Is.EqualTo(
            $"{lab.Root}: no student project found; a lab folder holds Lab/Lab.csproj, the project the students write their code in."));
    }

    [Test]
    public void Lab_without_hidden_tests_is_refused()
    {
        using var lab = new TemporaryLab();
        Directory.Delete(Path.Combine(lab.Root, "Lab.Hidden.Tests"), recursive: true);

        var problem = Assert.Throws<LabConfigurationException>(() => LabDefinition.Load(lab.Root));

        Assert.That(problem.Message, Is.EqualTo(
            $"{lab.Root}: expected exactly one hidden test project (a folder such as Lab.Hidden.Tests/ with a .csproj inside); found none."));
    }
}
