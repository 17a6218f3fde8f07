namespace Labs.Grading.Submissions;

/// <summary>Whether a submission could be taken in for grading.</summary>
public enum SubmissionStatus
{
    /// <summary>The lab folder was found; its accepted files are ready to compile.</summary>
    Accepted,

    /// <summary>The folder or zip has no files at all.</summary>
    Empty,

    /// <summary>No <c>Lab/</c> folder was found, so there is nothing to grade.</summary>
    NoLabFound,

    /// <summary>The submission is refused as a whole, e.g. a zip whose paths point outside it or that is not a zip at all.</summary>
    Rejected,
}
