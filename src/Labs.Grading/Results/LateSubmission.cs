namespace Labs.Grading.Results;

/// <summary>How late a submission was and what the lab's late policy made of it.</summary>
/// <param name="DaysLate">Whole days after the deadline, rounded up (at least 1).</param>
/// <param name="Policy">The late policy that was applied.</param>
/// <param name="Notice">The sentence the feedback shows the student, e.g. "Submitted 2 days late. …".</param>
public sealed record LateSubmission(int DaysLate, LatePolicy Policy, string Notice);
