namespace Labs.Grading.Compilation;

/// <summary>The pristine lab itself could not be built or compiled, so no submission of it can be graded. This is the instructor's problem, never a student's.</summary>
public sealed class LabBuildException : Exception
{
    /// <summary>Creates the exception with the whole explanation.</summary>
    public LabBuildException()
        : base("The pristine lab could not be built.")
    {
    }

    /// <summary>Creates the exception with the whole explanation.</summary>
    /// <param name="message">What failed, for which project, and the build's own output.</param>
    public LabBuildException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the whole explanation and the error that caused it.</summary>
    /// <param name="message">What failed, for which project.</param>
    /// <param name="innerException">The error that caused this one.</param>
    public LabBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
