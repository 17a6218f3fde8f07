using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>The one deterministic order of submissions in every listing: by student id, then submission id (ordinal).</summary>
internal static class GradeOrder
{
    /// <summary>Returns the grades sorted by student id, then submission id, comparing characters exactly.</summary>
    public static List<SubmissionGrade> Sort(IEnumerable<SubmissionGrade> grades) =>
        grades
            .OrderBy(g => g.StudentId, StringComparer.Ordinal)
            .ThenBy(g => g.SubmissionId, StringComparer.Ordinal)
            .ToList();
}
