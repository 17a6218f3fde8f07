namespace Labs.Grading.Labs;

/// <summary>How much of the hidden tests a student sees in the feedback.</summary>
public enum HiddenTestVisibility
{
    /// <summary>Every hidden test with its name, points and failure message.</summary>
    Full,

    /// <summary>Points per task and the criteria, but no test names or failure messages.</summary>
    Summary,

    /// <summary>Only the total: nothing about the individual hidden tests.</summary>
    Hidden,
}
