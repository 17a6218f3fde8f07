using System.Reflection;
using System.Reflection.Emit;

namespace Labs.Testing.Tests.Report;

public sealed class StudentIdentityTests
{
    [Test]
    public void Environment_variable_gives_the_student_id()
    {
        using var scope = new ReportDirectoryScope(studentId: "  s123456 ");

        Assert.That(StudentIdentity.Find(), Is.EqualTo("s123456"));
    }

    [Test]
    public void Assembly_metadata_gives_the_student_id()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("StudentLab"), AssemblyBuilderAccess.Run);
        var metadata = typeof(AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!;
        assembly.SetCustomAttribute(new CustomAttributeBuilder(metadata, ["LabsStudentId", "s424242"]));

        Assert.That(StudentIdentity.FromAssembly(assembly), Is.EqualTo("s424242"));
    }

    [Test]
    public void Without_either_there_is_no_student_id()
    {
        using var scope = new ReportDirectoryScope(studentId: null);

        Assert.Multiple(() =>
        {
            Assert.That(StudentIdentity.Find(), Is.Null);
            Assert.That(StudentIdentity.FromAssembly(null), Is.Null);
        });
    }
}
