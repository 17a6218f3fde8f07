using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Labs.Grading.Execution;
using Labs.Grading.Rules;

namespace Labs.Grading.Tests.Execution;

public sealed class ForbiddenApiScannerTests
{
    private static readonly Lazy<IReadOnlyList<ForbiddenApiFinding>> Findings = new(() => ForbiddenApiScanner.Scan(AdversarialRun.StudentAssembly));

    private static List<string> ApisIn(string location) =>
        [.. Findings.Value.Where(f => f.Location == location).Select(f => f.Api)];

    [Test]
    public void Ordinary_code_has_no_findings() =>
        Assert.That(Findings.Value.Where(f => f.Location.StartsWith("AdversarialLab.Honest", StringComparison.Ordinal)), Is.Empty);

    [Test]
    public void Ending_the_program_is_found_in_the_method_that_does_it()
    {
        var finding = Findings.Value.Single(f => f.Api == "System.Environment.Exit");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Location, Is.EqualTo("AdversarialLab.Breakers.ExitQuietly"));
            Assert.That(finding.ToString(), Is.EqualTo(
                "AdversarialLab.Breakers.ExitQuietly uses System.Environment.Exit: Ending the test program stops every test; return a result or throw an exception instead."));
        });
    }

    [Test]
    public void Reflection_that_reaches_NUnit_is_found()
    {
        var apis = ApisIn("AdversarialLab.Cheats.CallAssert");
        Assert.Multiple(() =>
        {
            Assert.That(apis, Does.Contain("System.Type.GetMethod"));
            Assert.That(apis, Does.Contain("System.Reflection.MethodBase.Invoke"));
            Assert.That(apis, Does.Contain("System.Reflection.Assembly.GetType"));
        });
    }

    [Test]
    public void Reflection_inside_a_lambda_is_reported_at_the_method_that_wrote_it() =>
        // PeekAtTheAnswer's lambda (t => t.GetField(…)) lives in a compiler-generated class; the finding names the student's method.
        Assert.That(ApisIn("AdversarialLab.Cheats.PeekAtTheAnswer"), Does.Contain("System.Type.GetField"));

    [Test]
    public void Writing_files_and_around_the_test_output_is_found()
    {
        var apis = ApisIn("AdversarialLab.Cheats.ForgeResults");
        Assert.That(apis, Is.SupersetOf(new[]
        {
            "System.Console.OpenStandardOutput",
            "System.IO.File.WriteAllText",
            "System.IO.File.AppendAllText",
        }));
    }

    [Test]
    public void Native_calls_pointers_and_private_access_without_reflection_are_found()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ApisIn("AdversarialLab.Escapes.GetProcessId"), Is.EqualTo(new[] { "System.Runtime.InteropServices.DllImportAttribute (libc)" }));
            Assert.That(ApisIn("AdversarialLab.Escapes.Version"), Does.Contain("System.Runtime.CompilerServices.UnsafeAccessorAttribute"));
            Assert.That(ApisIn("module"), Does.Contain("System.Security.UnverifiableCodeAttribute"));
        });
    }

    [Test]
    public void The_description_attributes_the_SDK_puts_on_every_assembly_are_not_reflection()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AssemblyAttributes(AdversarialRun.StudentAssembly), Is.SupersetOf(new[]
            {
                "System.Reflection.AssemblyCompanyAttribute",
                "System.Reflection.AssemblyTitleAttribute",
                "System.Reflection.AssemblyFileVersionAttribute",
            }));
            Assert.That(ApisIn("assembly"), Is.Empty);
        });
    }

    [Test]
    public void Reading_a_description_attribute_in_code_is_still_reflection()
    {
        var apis = ApisIn("AdversarialLab.Cheats.ReadTitle");
        Assert.Multiple(() =>
        {
            Assert.That(apis, Does.Contain("System.Type.get_Assembly"));
            Assert.That(apis, Does.Contain("System.Reflection.CustomAttributeExtensions.GetCustomAttribute"));
            Assert.That(apis, Does.Contain("System.Reflection.AssemblyTitleAttribute.get_Title"));
        });
    }

    [Test]
    public void Custom_rules_replace_the_default_ones()
    {
        var rules = new[] { new ForbiddenApiRule("System.Linq.Enumerable.Average", "Compute the mean yourself.") };
        var findings = ForbiddenApiScanner.Scan(AdversarialRun.StudentAssembly, rules);
        Assert.That(findings, Is.EqualTo(new[]
        {
            new ForbiddenApiFinding("System.Linq.Enumerable.Average", "AdversarialLab.Honest.Mean", "Compute the mean yourself."),
        }));
    }

    [Test]
    public void A_property_rule_finds_the_property_accessor_in_the_compiled_code()
    {
        var rules = new[] { new ForbiddenApiRule("System.AppDomain.CurrentDomain", "reason") };
        var findings = ForbiddenApiScanner.Scan(AdversarialRun.StudentAssembly, rules);
        Assert.That(findings, Is.EqualTo(new[]
        {
            new ForbiddenApiFinding("System.AppDomain.get_CurrentDomain", "AdversarialLab.Cheats.PeekAtTheAnswer", "reason"),
            new ForbiddenApiFinding("System.AppDomain.get_CurrentDomain", "AdversarialLab.Cheats.CallAssert", "reason"),
        }));
    }

    [Test]
    public void Rules_for_the_source_only_are_left_out_of_the_scan()
    {
        // Honest code gets interop calls from the compiler (a list's collection expression fills it through CollectionsMarshal), so the whole namespace is checked in the source only.
        var rule = new ForbiddenApiRule("System.Runtime.InteropServices", "reason");
        var scanned = ForbiddenApiScanner.Scan(AdversarialRun.StudentAssembly, [rule]);
        var sourceOnly = ForbiddenApiScanner.Scan(AdversarialRun.StudentAssembly, [rule with { SourceOnly = true }]);
        Assert.Multiple(() =>
        {
            Assert.That(scanned.Select(f => f.Location), Does.Contain("AdversarialLab.Escapes.GetProcessId"));
            Assert.That(scanned.Where(f => f.Location.StartsWith("AdversarialLab.Honest", StringComparison.Ordinal)), Is.Not.Empty);
            Assert.That(sourceOnly, Is.Empty);
        });
    }

    [TestCase("System.Reflection", "System.Reflection.FieldInfo.GetValue", true)]
    [TestCase("System.Reflection", "System.ReflectionLike.Thing", false)]
    [TestCase("System.Environment.Exit", "System.Environment.Exit", true)]
    [TestCase("System.Environment.Exit", "System.Environment.ExitCode", false)]
    [TestCase("System.IO.File", "System.IO.FileInfo.get_Length", false)]
    [TestCase("System.Collections.Generic.List", "System.Collections.Generic.List`1.Add", true)]
    [TestCase("System.Collections.Generic.List`1", "System.Collections.Generic.List.Add", true)]
    [TestCase("System.Collections.Generic.List`1", "System.Collections.Generic.List`1", true)]
    [TestCase("System.Collections.Generic.List", "System.Collections.Generic.ListOfThings.Add", false)]
    public void A_rule_covers_its_api_and_everything_inside_it(string rule, string api, bool covered) =>
        Assert.That(new ForbiddenApiRule(rule, "reason").Covers(api), Is.EqualTo(covered));

    [Test]
    public void Scanning_a_missing_file_names_the_fix() =>
        Assert.That(() => ForbiddenApiScanner.Scan("no/Lab.dll"), Throws.TypeOf<FileNotFoundException>().With.Message.EqualTo(
            "ForbiddenApiScanner.Scan: assemblyPath 'no/Lab.dll' does not exist. Compile the lab first and pass the path of its .dll."));

    /// <summary>The types of the attributes on an assembly, read with System.Reflection.Metadata independently of the scanner.</summary>
    private static List<string> AssemblyAttributes(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return
        [
            .. metadata.GetAssemblyDefinition().GetCustomAttributes()
                .Select(handle => metadata.GetMemberReference((MemberReferenceHandle)metadata.GetCustomAttribute(handle).Constructor).Parent)
                .Select(parent => metadata.GetTypeReference((TypeReferenceHandle)parent))
                .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}"),
        ];
    }
}
