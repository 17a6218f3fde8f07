namespace Labs.Testing;

/// <summary>Facts about the Labs.Testing library itself.</summary>
public static class LabsTesting
{
    /// <summary>True when running on a continuous-integration or build server (the <c>CI</c> environment variable or a known server's variable is set).</summary>
    public static bool IsContinuousIntegration =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TF_BUILD"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GITLAB_CI"));
}
