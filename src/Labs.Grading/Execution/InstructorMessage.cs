namespace Labs.Grading.Execution;

/// <summary>
/// An instructor's 'correct' or 'wrong' message recorded by a check while a test ran (see Labs.Testing's FeedbackLog).
/// It is display text only: student code can write to the same file, so it never affects points.
/// </summary>
/// <param name="Passed">Whether the check reported itself as passed.</param>
/// <param name="Text">The message, Markdown allowed.</param>
public sealed record InstructorMessage(bool Passed, string Text);
