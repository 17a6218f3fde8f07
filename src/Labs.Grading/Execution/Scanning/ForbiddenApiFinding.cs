namespace Labs.Grading.Execution;

/// <summary>One use of a forbidden API in a student's compiled lab.</summary>
/// <param name="Api">The API used, e.g. <c>System.Environment.Exit</c>.</param>
/// <param name="Location">Where: the student's method (<c>Lab.Filters.Blur</c>), or <c>assembly</c>/<c>module</c> for attributes on the whole assembly.</param>
/// <param name="Reason">The reason from the rule that matched.</param>
public sealed record ForbiddenApiFinding(string Api, string Location, string Reason)
{
    /// <summary>One line for a review list, e.g. <c>Lab.Filters.Blur uses System.Environment.Exit: …</c>.</summary>
    public override string ToString() => $"{Location} uses {Api}: {Reason}";
}
