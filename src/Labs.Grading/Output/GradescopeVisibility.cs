namespace Labs.Grading.Output;

/// <summary>When Gradescope shows a test (or the whole result) to the student; the names follow Gradescope's <c>visibility</c> values.</summary>
public enum GradescopeVisibility
{
    /// <summary><c>"visible"</c>: shown at once.</summary>
    Visible,

    /// <summary><c>"hidden"</c>: never shown to the student (its points still count).</summary>
    Hidden,

    /// <summary><c>"after_due_date"</c>: shown after the due date.</summary>
    AfterDueDate,

    /// <summary><c>"after_published"</c>: shown when the instructor publishes the grades.</summary>
    AfterPublished,
}
