using System.Globalization;
using System.Text.RegularExpressions;

namespace Labs.Templates.Tests.Packed;

/// <summary>
/// Packs the templates once per test run (with a version of its own, so that a package cached by an earlier run
/// never hides a change) and installs the pack into a private template hive: the user's own templates are never touched.
/// </summary>
[SetUpFixture]
public sealed partial class TemplatePack
{
    /// <summary>The temporary folder of this run: packages, template hive, instantiated labs.</summary>
    public static string WorkFolder { get; private set; } = "";

    /// <summary>The private template hive (an absolute path, as <c>--debug:custom-hive</c> needs).</summary>
    public static string Hive { get; private set; } = "";

    /// <summary>The version every package of this run has.</summary>
    public static string Version { get; private set; } = "";

    /// <summary>The packed Labs.Templates .nupkg.</summary>
    public static string TemplatePackage { get; private set; } = "";

    /// <summary>Where <c>dotnet pack</c> put the packages.</summary>
    public static string PackageFolder { get; private set; } = "";

    /// <summary>The configuration these tests were built with, and so the one the template pack was built with.</summary>
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [OneTimeSetUp]
    public void PackAndInstall()
    {
        WorkFolder = Path.Combine(Path.GetTempPath(), "labs-templates-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Hive = Path.Combine(WorkFolder, "hive");
        PackageFolder = Path.Combine(WorkFolder, "packages");
        Directory.CreateDirectory(WorkFolder);

        var labsProps = File.ReadAllText(Path.Combine(Repository.Root, "Labs.props"));
        var release = LabsVersion().Match(labsProps).Groups["release"].Value;
        Version = string.Create(CultureInfo.InvariantCulture, $"{release}-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}");

        // Packed from the build this test project depends on (--no-build, same configuration), so that nothing is
        // compiled twice; the intermediate files go under the work folder, so runs side by side do not meet.
        var pack = DotnetCommand.Run(Repository.Root, TimeSpan.FromMinutes(10),
            "pack", Path.Combine("templates", "Labs.Templates.csproj"), "--no-build", "-c", Configuration,
            "-o", PackageFolder, $"-p:LabsVersion={Version}",
            $"-p:NuspecOutputPath={Path.Combine(WorkFolder, "nuspec")}/", $"-p:LabStagingDirectory={Path.Combine(WorkFolder, "staging")}/");
        Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
        TemplatePackage = Path.Combine(PackageFolder, $"Labs.Templates.{Version}.nupkg");
        Assert.That(TemplatePackage, Does.Exist, pack.ToString());

        var install = DotnetCommand.Run(WorkFolder, "new", "install", TemplatePackage, "--debug:custom-hive", Hive);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());
    }

    [OneTimeTearDown]
    public void RemoveWorkFolder()
    {
        if (Environment.GetEnvironmentVariable("LABS_KEEP_TEMPLATE_TESTS") == "1" || WorkFolder.Length == 0)
        {
            return;
        }

        TryDelete(WorkFolder);

        // This run's Labs packages are of no use to anyone later: take them out of the NuGet cache again.
        foreach (var package in new[] { "labs.imaging", "labs.testing" })
        {
            TryDelete(Path.Combine(DotnetCommand.PackageCache, package, Version.ToLowerInvariant()));
        }
    }

    private static void TryDelete(string folder)
    {
        // A test host or build node that is still closing may hold a file for a moment: try again before giving up.
        for (var attempt = 1; attempt <= 3 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TestContext.Progress.WriteLine($"Could not delete {folder} yet: {e.Message}");
                Thread.Sleep(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    [GeneratedRegex(@"<LabsVersion\b[^>]*>(?<release>[0-9]+\.[0-9]+\.[0-9]+)")]
    private static partial Regex LabsVersion();
}
