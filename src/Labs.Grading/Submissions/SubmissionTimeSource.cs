namespace Labs.Grading.Submissions;

/// <summary>Where the grader learns when a submission was handed in, to apply a lab's late policy.</summary>
public enum SubmissionTimeSource
{
    /// <summary>The time is unknown: every submission counts as on time.</summary>
    None,

    /// <summary>
    /// A file written by the instructor's tools next to the submission, named like it with the extension
    /// <c>.submitted_at</c> (<c>alice.submitted_at</c> for <c>alice/</c> or <c>alice.zip</c>), holding an ISO-8601 time
    /// with offset. A file inside the submission is never read, since a student could write it.
    /// </summary>
    File,

    /// <summary>The commit time of the last commit of the submission's git repository (<c>git log -1 --format=%cI</c>).</summary>
    Git,

    /// <summary>The time the zip file was last written, or for a folder the newest file in it (build output and .git left out).</summary>
    ModifiedTime,
}
