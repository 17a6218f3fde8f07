namespace Labs.Grading.Results;

/// <summary>How far grading of one submission got.</summary>
public enum SubmissionStatus
{
    /// <summary>The code compiled and every hidden test has a result.</summary>
    Graded,

    /// <summary>The student's code did not compile, so no test ran; the compiler messages are the feedback.</summary>
    CompileError,

    /// <summary>The submission contained none of the lab's source files, so there was nothing to grade.</summary>
    NoSourceFiles,

    /// <summary>The grader itself had a problem with this submission (not the student's fault); an instructor must look at it.</summary>
    Error,
}
