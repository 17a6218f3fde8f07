using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Labs.Grading.Compilation;
using Labs.Grading.Execution;
using Labs.Grading.Labs;
using Labs.Grading.Rules;
using Labs.Grading.Submissions;
using Labs.Grading.Tests.Labs;

namespace Labs.Grading.Tests.Compilation;

/// <summary>Compiles submissions of a real (small) lab: the lab is built once with dotnet build, then every submission with Roslyn.</summary>
public sealed class LabCompilerTests
{
    private const string NUnitNote =
        "Lab code cannot use NUnit: the test framework is not available to the Lab project, so calls such as Assert.Pass() do not compile. Only the tests use NUnit.";

    private TemporaryLab _lab = null!;
    private LabCompiler _compiler = null!;
    private string _output = null!;

    [OneTimeSetUp]
    public async Task PrepareCompiler()
    {
        _lab = new TemporaryLab();
        _output = Directory.CreateTempSubdirectory("labs-grading-compiled-").FullName;
        _compiler = await LabCompiler.PrepareAsync(_lab.ProjectPath);
        await TestContext.Progress.WriteLineAsync($"LabCompiler.PrepareAsync (one dotnet build of the lab): {_compiler.PreparationTime.TotalSeconds:0.0} s");
    }

    [OneTimeTearDown]
    public void Delete()
    {
        _lab.Dispose();
        Directory.Delete(_output, recursive: true);
    }

    private string Output(string name) => Path.Combine(_output, name);

    private static SubmittedFile Helpers(string body) => new("Lab/Helpers.cs", body);

    [Test]
    public void Knows_the_labs_own_source_files()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_compiler.AssemblyName, Is.EqualTo("Lab"));
            Assert.That(_compiler.LabSourceFiles, Is.EqualTo(new[] { "Lab/Filtering.cs", "Lab/Helpers.cs" }));
        });
    }

    [Test]
    public void Pristine_lab_compiles_to_the_assembly_the_hidden_tests_expect()
    {
        var result = _compiler.Compile([], Output("pristine"));

        var built = AssemblyName.GetAssemblyName(Path.Combine(_lab.Root, "Lab", "bin", "Release", "net10.0", "Lab.dll"));
        var compiled = AssemblyName.GetAssemblyName(result.AssemblyPath!);
        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True, result.ToFeedbackText());
            Assert.That(result.AssemblyPath, Is.EqualTo(Path.Combine(_output, "pristine", "Lab.dll")));
            Assert.That(result.SymbolsPath, Is.EqualTo(Path.Combine(_output, "pristine", "Lab.pdb")));
            Assert.That(File.Exists(result.SymbolsPath), Is.True);
            Assert.That(compiled.FullName, Is.EqualTo(built.FullName));
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Students_file_replaces_the_labs_file()
    {
        var result = _compiler.Compile([Helpers("namespace Lab;\n\npublic static class Helpers\n{\n    public static int Answer() => 6 * 7;\n}\n")], Output("replace"));

        Assert.That(Invoke(result, "Lab.Helpers", "Answer"), Is.EqualTo(42));
    }

    [Test]
    public void File_the_student_left_out_is_the_stub_never_the_solution()
    {
        // The lab is built with SOLUTION defined (as the templates are in the repository); a submission never is.
        var result = _compiler.Compile([Helpers(TemporaryLab.HelpersSource)], Output("stub"));

        var thrown = Assert.Throws<TargetInvocationException>(() => Invoke(result, "Lab.Filtering", "Largest", 1, 3, 2));

        // The stub's throw is on line 14 of FilteringSource (after the 13 lines from "using" to "#else");
        // the PDB next to Lab.dll lets the stack trace name the file inside the lab folder and that line.
        Assert.Multiple(() =>
        {
            Assert.That(thrown!.InnerException, Is.TypeOf<NotImplementedException>());
            Assert.That(thrown.InnerException!.StackTrace, Does.Contain("in Lab/Filtering.cs:line 14"));
        });
    }

    [Test]
    public void Compile_error_names_the_students_file_line_and_column()
    {
        // Line 5 is "    public static int Answer() => x;": x follows 4 spaces and "public static int Answer() => " (30 characters), so it is in column 35.
        var result = _compiler.Compile([Helpers("namespace Lab;\n\npublic static class Helpers\n{\n    public static int Answer() => x;\n}\n")], Output("error"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.AssemblyPath, Is.Null);
            Assert.That(File.Exists(Path.Combine(_output, "error", "Lab.dll")), Is.False);
            Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
            {
                "Lab/Helpers.cs(5,35): error CS0103: The name 'x' does not exist in the current context",
            }));
            Assert.That(result.ToFeedbackText(), Is.EqualTo(
                "Your code did not compile, so none of the tests could run:\nLab/Helpers.cs(5,35): error CS0103: The name 'x' does not exist in the current context"));
        });
    }

    [Test]
    public void Student_code_cannot_use_NUnit()
    {
        const string Cheat = "using NUnit.Framework;\n\nnamespace Lab;\n\npublic static class Helpers\n{\n    public static int Answer()\n    {\n        Assert.Pass();\n        return 0;\n    }\n}\n";

        var result = _compiler.Compile([Helpers(Cheat)], Output("nunit"));

        // "NUnit" starts in column 7 of line 1, after "using ".
        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Errors[0].ToString(), Is.EqualTo(
                "Lab/Helpers.cs(1,7): error CS0246: The type or namespace name 'NUnit' could not be found (are you missing a using directive or an assembly reference?)"));
            Assert.That(result.Notes, Is.EqualTo(new[] { NUnitNote }));
        });
    }

    [Test]
    public void Writing_files_is_forbidden()
    {
        // Line 7 is "        System.IO.File.WriteAllText(...)": "File" starts after 8 spaces and "System.IO." (10 characters), in column 19.
        const string Cheat = "namespace Lab;\n\npublic static class Helpers\n{\n    public static int Answer()\n    {\n        System.IO.File.WriteAllText(\"results.json\", \"{}\");\n        return 1;\n    }\n}\n";

        var result = _compiler.Compile([Helpers(Cheat)], Output("file"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
            {
                "Lab/Helpers.cs(7,19): error LAB002: System.IO.File is not allowed in lab code: Lab code does not read or write files; the tests give it all its input.",
            }));
        });
    }

    [Test]
    public void Reflection_and_dynamic_are_forbidden_whatever_the_spelling()
    {
        const string Cheat = """
            using R = System.Reflection;

            namespace Lab;

            public static class Helpers
            {
                public static int Answer()
                {
                    var types = typeof(Helpers).Assembly.GetTypes();
                    dynamic d = types;
                    return d.Length;
                }
            }

            """;

        var result = _compiler.Compile([Helpers(Cheat)], Output("reflection"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
            {
                "Lab/Helpers.cs(9,37): error LAB002: System.Type.Assembly is not allowed in lab code: Reflection can read the hidden tests' expected values and tamper with the test framework.",
                "Lab/Helpers.cs(9,46): error LAB002: System.Reflection.Assembly.GetTypes is not allowed in lab code (the lab forbids everything in System.Reflection): Reflection can read the hidden tests' expected values and tamper with the test framework.",
                "Lab/Helpers.cs(10,9): error LAB002: The type 'dynamic' is not allowed in lab code: dynamic calls members by reflection at run time; use the real type instead.",
            }));
        });
    }

    [Test]
    public void Lab_can_forbid_more_names()
    {
        var compiler = _compiler.WithOptions(new LabCompilerOptions { ForbiddenApis = ["System.Math.Max"] });
        const string Source = "namespace Lab;\n\npublic static class Helpers\n{\n    public static int Answer() => Math.Max(1, 2) + Math.Min(1, 2);\n}\n";

        var result = compiler.Compile([Helpers(Source)], Output("extra"));

        // "Max" follows 4 spaces, "public static int Answer() => " (30) and "Math." (5): column 40.
        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "Lab/Helpers.cs(5,40): error LAB002: System.Math.Max is not allowed in lab code: This lab asks you to solve its tasks without it; write that part yourself.",
        }));
    }

    [Test]
    public void The_scan_of_the_compiled_lab_uses_the_rules_of_the_compile_check()
    {
        // Compiled without the lab's extra rule, then scanned with the rules of a compiler that has it.
        const string Source = "namespace Lab;\n\npublic static class Helpers\n{\n    public static int Answer() => Math.Max(1, 2);\n}\n";
        var built = _compiler.Compile([Helpers(Source)], Output("scanned"));
        var rules = _compiler.WithOptions(new LabCompilerOptions { ForbiddenApis = ["System.Math.Max"] }).ForbiddenApis;

        var findings = ForbiddenApiScanner.Scan(built.AssemblyPath!, rules);

        Assert.Multiple(() =>
        {
            Assert.That(rules.Take(ForbiddenApiRules.Default.Count), Is.EqualTo(ForbiddenApiRules.Default));
            Assert.That(findings, Is.EqualTo(new[]
            {
                new ForbiddenApiFinding("System.Math.Max", "Lab.Helpers.Answer", "This lab asks you to solve its tasks without it; write that part yourself."),
            }));
        });
    }

    [Test]
    public void Finding_members_by_name_is_forbidden_in_the_source()
    {
        const string Source = "namespace Lab;\n\npublic static class Helpers\n{\n    public static int Answer() => typeof(Helpers).GetMethod(\"Answer\") is null ? 0 : 1;\n}\n";

        var result = _compiler.Compile([Helpers(Source)], Output("get-method"));

        // "GetMethod" follows 4 spaces, "public static int Answer() => " (30) and "typeof(Helpers)." (16): column 51.
        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "Lab/Helpers.cs(5,51): error LAB002: System.Type.GetMethod is not allowed in lab code: Reflection can read the hidden tests' expected values and tamper with the test framework.",
        }));
    }

    [Test]
    public void Renamed_public_method_is_a_warning_that_tests_will_fail()
    {
        var result = _compiler.Compile([Helpers("namespace Lab;\n\npublic static class Helpers\n{\n    public static int TheAnswer() => 42;\n}\n")], Output("renamed"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.Warnings.Select(w => w.ToString()), Is.EqualTo(new[]
            {
                "warning LAB001: Helpers.Answer() is part of the lab, but your code no longer has it, so the tests that use it will fail. Keep the names, parameters and return types the lab gave you.",
            }));
        });
    }

    [Test]
    public void Warnings_are_reported_for_the_students_files_only()
    {
        // Line 5, "    public static int Answer() { int unused = 0; return 1; }": "unused" follows 4 spaces, "public static int Answer() { " (29) and "int " (4): column 38.
        var result = _compiler.Compile([Helpers("namespace Lab;\n\npublic static class Helpers\n{\n    public static int Answer() { int unused = 0; return 1; }\n}\n")], Output("warning"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.Warnings.Select(w => w.ToString()), Is.EqualTo(new[]
            {
                "Lab/Helpers.cs(5,38): warning CS0219: The variable 'unused' is assigned but its value is never used",
            }));
        });
    }

    [Test]
    public void Compilation_that_takes_too_long_becomes_a_message()
    {
        var compiler = _compiler.WithOptions(new LabCompilerOptions { CompileTimeout = TimeSpan.Zero });

        var result = compiler.Compile([Helpers(TemporaryLab.HelpersSource)], Output("slow"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Errors.Single().ToString(), Is.EqualTo("error LAB003: Compiling your code took longer than 0 s and was stopped."));
        });
    }

    [Test]
    public void Same_files_compile_to_the_same_bytes()
    {
        SubmittedFile[] files = [Helpers(TemporaryLab.HelpersSource), new("Lab/Extra.cs", "namespace Lab;\n\npublic static class Extra { }\n")];

        var first = _compiler.Compile(files, Output("same-1"));
        var second = _compiler.Compile(files, Output("same-2"));

        Assert.That(File.ReadAllBytes(second.AssemblyPath!), Is.EqualTo(File.ReadAllBytes(first.AssemblyPath!)));
    }

    [Test]
    public void Submission_from_the_intake_compiles_and_ignored_files_play_no_part()
    {
        var folder = Path.Combine(_output, "student");
        Submissions.StudentLab.CopyHandout(_lab, folder, "s-1");
        Submissions.StudentLab.Write(folder, "Lab/Helpers.cs", "namespace Lab;\n\npublic static class Helpers\n{\n    public static int Answer() => 7;\n}\n");
        Submissions.StudentLab.Write(folder, "Lab.Tests/Broken.cs", "this is not C#");
        var submission = SubmissionIntake.For(LabDefinition.Load(_lab.Root)).Read(folder);

        var result = _compiler.Compile(submission, Output("from-intake"));

        Assert.That(Invoke(result, "Lab.Helpers", "Answer"), Is.EqualTo(7));
    }

    [Test]
    public void Warm_compilation_takes_well_under_a_second()
    {
        const int Submissions = 10;
        var first = _compiler.Compile([Helpers(TemporaryLab.HelpersSource)], Output("warm-up"));
        TestContext.Progress.WriteLine($"LabCompiler.Compile, a first submission: {first.Elapsed.TotalMilliseconds:0} ms");
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Submissions; i++)
        {
            var source = $"namespace Lab;\n\npublic static class Helpers\n{{\n    public static int Answer() => {i};\n}}\n";
            var result = _compiler.Compile([Helpers(source), new("Lab/Filtering.cs", TemporaryLab.FilteringSource)], Output($"warm-{i}"));
            Assert.That(result.Succeeded, Is.True, result.ToFeedbackText());
        }

        var perSubmission = clock.Elapsed / Submissions;
        TestContext.Progress.WriteLine($"LabCompiler.Compile, warm: {perSubmission.TotalMilliseconds:0} ms per submission");

        // The target is far below one second; the bound leaves room for a busy shared machine.
        Assert.That(perSubmission, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void Lab_that_does_not_build_stops_preparation()
    {
        using var broken = new TemporaryLab();
        broken.Write("Lab/Helpers.cs", "namespace Lab;\n\npublic static class Helpers {\n");

        var problem = Assert.ThrowsAsync<LabBuildException>(() => LabCompiler.PrepareAsync(broken.ProjectPath));

        Assert.Multiple(() =>
        {
            Assert.That(problem!.Message, Does.StartWith($"The lab project {broken.ProjectPath} does not build, so its submissions cannot be compiled. dotnet build said:\n"));
            Assert.That(problem.Message, Does.Contain("CS1513"));
        });
    }

    /// <summary>Loads the compiled lab in its own load context, calls a static method and unloads it again.</summary>
    private static object? Invoke(LabBuildResult result, string typeName, string methodName, params object[] arguments)
    {
        Assert.That(result.Succeeded, Is.True, result.ToFeedbackText());
        var context = new AssemblyLoadContext("submission", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(result.AssemblyPath!);
            return assembly.GetType(typeName, throwOnError: true)!.GetMethod(methodName)!.Invoke(null, arguments);
        }
        finally
        {
            context.Unload();
        }
    }
}
