namespace Labs.Grading.Submissions;

/// <summary>
/// What the grader took from one submission: the accepted files (the student's source files), the files it ignored
/// with their reasons, and who handed it in. Files of the lab that the student did not hand in keep the lab's original.
/// </summary>
/// <param name="SubmissionId">The submission's name: its folder name, or its zip file name without <c>.zip</c>.</param>
/// <param name="StudentId">The student id from the submission's <c>Directory.Build.props</c> (<c>LabsStudentId</c>), or <paramref name="SubmissionId"/> when it has none.</param>
/// <param name="Status">Whether the submission could be taken in.</param>
/// <param name="Problem">For a status other than <see cref="SubmissionStatus.Accepted"/>: the explanation for the student; otherwise null.</param>
/// <param name="LabFolder">Where the lab folder was found inside the submission, e.g. <c>alice-lab/</c>, or an empty string for its top.</param>
/// <param name="Files">The accepted files, sorted by path.</param>
/// <param name="Ignored">The files and folders that were left out, each with its reason.</param>
/// <param name="Notes">Other facts for the feedback, e.g. a file that was missing or was not saved as UTF-8.</param>
public sealed record SubmissionFiles(
    string SubmissionId,
    string StudentId,
    SubmissionStatus Status,
    string? Problem,
    string LabFolder,
    IReadOnlyList<SubmittedFile> Files,
    IReadOnlyList<IgnoredFile> Ignored,
    IReadOnlyList<string> Notes);
