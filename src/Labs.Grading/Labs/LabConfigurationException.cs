namespace Labs.Grading.Labs;

/// <summary>
/// A lab folder or its <c>grading.json</c> is not set up as the grader needs it.
/// The message names the file, the field and the fix.
/// </summary>
public sealed class LabConfigurationException : Exception
{
    /// <summary>Creates the exception for a problem in <paramref name="path"/>.</summary>
    /// <param name="message">The whole explanation, starting with the file name.</param>
    /// <param name="path">The file or folder that has the problem.</param>
    /// <param name="field">The field of <c>grading.json</c> that has the problem, e.g. <c>late.deadline</c>, or null.</param>
    public LabConfigurationException(string message, string path, string? field = null)
        : base(message)
    {
        Path = path;
        Field = field;
    }

    /// <summary>Creates the exception without a file (for serializers and tools).</summary>
    public LabConfigurationException()
        : this("The lab is not set up for grading.", string.Empty)
    {
    }

    /// <summary>Creates the exception without a file (for serializers and tools).</summary>
    /// <param name="message">The whole explanation.</param>
    public LabConfigurationException(string message)
        : this(message, string.Empty)
    {
    }

    /// <summary>Creates the exception without a file, wrapping the error that caused it.</summary>
    /// <param name="message">The whole explanation.</param>
    /// <param name="innerException">The error that caused this one.</param>
    public LabConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>The file or folder that has the problem.</summary>
    public string Path { get; }

    /// <summary>The field of <c>grading.json</c> that has the problem (e.g. <c>late.deadline</c>), or null.</summary>
    public string? Field { get; }
}
