namespace Labs.Grading.Output;

/// <summary>The names of the files the grader writes into the output folder.</summary>
public static class OutputFiles
{
    /// <summary>One row per submission, at the top of the output folder.</summary>
    public const string Gradebook = "gradebook.csv";

    /// <summary>The full grade of one submission, in its own folder; its presence marks the submission as finished.</summary>
    public const string Grade = "grade.json";

    /// <summary>The student's feedback as Markdown.</summary>
    public const string FeedbackMarkdown = "feedback.md";

    /// <summary>The student's feedback as one self-contained HTML page.</summary>
    public const string FeedbackHtml = "feedback.html";

    /// <summary>Gradescope's autograder result for the submission.</summary>
    public const string Gradescope = "results.json";

    /// <summary>GitHub Classroom runner results as <c>NAME=value</c> lines, ready to append to <c>$GITHUB_ENV</c>.</summary>
    public const string Classroom = "classroom.env";
}
