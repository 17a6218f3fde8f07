namespace Labs.Grading.Output;

/// <summary>How much the feedback (and the Classroom and Gradescope outputs) tells a student about hidden tests. Visible tests are always shown in full.</summary>
public enum HiddenTestFeedback
{
    /// <summary>Every hidden test with its name, points, outcome, message, criterion and instructor messages.</summary>
    Full,

    /// <summary>Every hidden test with its name, points, outcome and criterion, but without failure messages (they may reveal expected values).</summary>
    Outcome,

    /// <summary>Only the points hidden tests earned per task; hidden tests are not listed one by one.</summary>
    TaskTotals,
}
