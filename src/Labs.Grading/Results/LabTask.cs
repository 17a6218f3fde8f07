namespace Labs.Grading.Results;

/// <summary>A numbered task of the lab handout, as declared by <c>[LabTask(number, "title")]</c> on the hidden tests.</summary>
/// <param name="Number">The task number printed in the handout (1, 2, …); 0 collects tests that name no task.</param>
/// <param name="Title">The task title printed in the handout, e.g. "Box blur".</param>
public sealed record LabTask(int Number, string Title);
