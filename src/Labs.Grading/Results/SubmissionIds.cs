namespace Labs.Grading.Results;

/// <summary>Checks that a submission id can be used as a folder name inside the output folder.</summary>
internal static class SubmissionIds
{
    /// <summary>Throws when <paramref name="submissionId"/> is empty, a path, or holds characters a file name cannot.</summary>
    public static void Require(string submissionId, string method)
    {
        ArgumentNullException.ThrowIfNull(submissionId);
        bool bad = submissionId.Length == 0
            || submissionId is "." or ".."
            || submissionId.IndexOfAny(['/', '\\', ':']) >= 0
            || submissionId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || submissionId.Trim() != submissionId;
        if (bad)
        {
            throw new ArgumentException(
                $"{method}: submission id \"{submissionId}\" cannot be a folder name: use the submission's folder or zip name without a path, e.g. \"alice\".",
                nameof(submissionId));
        }
    }
}
