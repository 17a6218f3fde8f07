namespace Labs.Testing.Feedback;

/// <summary>What a student sees when their code threw an exception during a test.</summary>
/// <param name="Message">The failure message, written for a student.</param>
/// <param name="StackTrace">The stack trace, with the student's frames first and test-framework frames removed.</param>
/// <param name="IsToDo">True when the exception is a stub's <see cref="NotImplementedException"/>: the task is simply not done yet.</param>
public sealed record ExceptionReport(string Message, string StackTrace, bool IsToDo);
