namespace Labs.Testing.Tests.Report;

/// <summary>Points LABS_REPORT_DIR (and optionally LABS_STUDENT_ID) at fresh values for one test, then restores them.</summary>
internal sealed class ReportDirectoryScope : IDisposable
{
    private readonly string? _directoryBefore = Environment.GetEnvironmentVariable("LABS_REPORT_DIR");
    private readonly string? _studentBefore = Environment.GetEnvironmentVariable("LABS_STUDENT_ID");

    public ReportDirectoryScope(string? studentId = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("labs-report-test-").FullName;
        Environment.SetEnvironmentVariable("LABS_REPORT_DIR", Directory);
        Environment.SetEnvironmentVariable("LABS_STUDENT_ID", studentId);
    }

    /// <summary>The temporary results folder.</summary>
    public string Directory { get; }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("LABS_REPORT_DIR", _directoryBefore);
        Environment.SetEnvironmentVariable("LABS_STUDENT_ID", _studentBefore);
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temporary files are harmless.
        }
    }
}
