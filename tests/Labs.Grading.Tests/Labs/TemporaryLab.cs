namespace Labs.Grading.Tests.Labs;

/// <summary>
/// A small lab as the templates lay it out, written to a fresh temp folder and deleted on Dispose:
/// Lab/Lab.csproj (referencing the repository's Labs.Imaging), Lab/Filtering.cs and Lab/Helpers.cs with a
/// SOLUTION block, visible tests in Lab.Tests/ and hidden tests in Lab.Hidden.Tests/ (never built here).
/// </summary>
internal sealed class TemporaryLab : IDisposable
{
    public const string FilteringSource = """
        using Labs.Imaging;

        namespace Lab;

        /// <summary>The student's filters.</summary>
        public static class Filtering
        {
            /// <summary>Task 1: the largest of three numbers.</summary>
            public static int Largest(int a, int b, int c)
            {
        #if SOLUTION
                return Math.Max(a, Math.Max(b, c));
        #else
                throw new NotImplementedException();
        #endif
            }

            /// <summary>Task 2: the width of an image.</summary>
            public static int WidthOf(Image image) => image.Width;
        }

        """;

    public const string HelpersSource = """
        namespace Lab;

        /// <summary>Helpers the student may change.</summary>
        public static class Helpers
        {
            /// <summary>A number.</summary>
            public static int Answer() => 1;
        }

        """;

    public const string VisibleTestSource = """
        namespace Lab.Tests;

        public sealed class FilteringTests
        {
            [Test]
            public void Largest_of_three() => Assert.That(Lab.Filtering.Largest(1, 3, 2), Is.EqualTo(3));
        }

        """;

    public const string DirectoryBuildProps = """
        <Project>
          <Import Project="{LABS_PROPS}" />
          <PropertyGroup>
            <LabsStudentId>$(LABS_STUDENT_ID)</LabsStudentId>
            <DefineConstants>$(DefineConstants);SOLUTION</DefineConstants>
          </PropertyGroup>
        </Project>

        """;

    public TemporaryLab()
    {
        Root = Directory.CreateTempSubdirectory("labs-grading-lab-").FullName;
        Write("Directory.Build.props", DirectoryBuildProps.Replace("{LABS_PROPS}", Path.Combine(Repository.Root, "Labs.props"), StringComparison.Ordinal));
        Write("Lab/Lab.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(Repository.Root, "src", "Labs.Imaging", "Labs.Imaging.csproj")}" />
              </ItemGroup>
            </Project>

            """);
        Write("Lab/Filtering.cs", FilteringSource);
        Write("Lab/Helpers.cs", HelpersSource);
        Write("Lab.Tests/Lab.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        Write("Lab.Tests/FilteringTests.cs", VisibleTestSource);
        Write("Lab.Hidden.Tests/Lab.Hidden.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        Write("Lab.Hidden.Tests/GradingTests.cs", "namespace Lab.Hidden.Tests;\n");
    }

    public string Root { get; }

    public string ProjectPath => Path.Combine(Root, "Lab", "Lab.csproj");

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
