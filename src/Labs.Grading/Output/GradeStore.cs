using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>
/// Finds the grades already written to an output folder, so that a second run resumes: a submission whose
/// <c>grade.json</c> exists and reads back is finished and is not graded again unless the instructor forces it.
/// </summary>
/// <example>
/// <code>
/// if (!force &amp;&amp; GradeStore.TryLoad(outDir, "alice", out SubmissionGrade? done))
/// {
///     grades.Add(done); // finished in an earlier run
/// }
/// </code>
/// </example>
public static class GradeStore
{
    /// <summary>The path of a submission's <c>grade.json</c>: <c>&lt;outDir&gt;/&lt;submissionId&gt;/grade.json</c>.</summary>
    /// <param name="outDir">The output folder given with <c>--out</c>.</param>
    /// <param name="submissionId">The submission's folder or zip name.</param>
    /// <returns>The file's path (it may not exist yet).</returns>
    public static string GradePath(string outDir, string submissionId)
    {
        ArgumentNullException.ThrowIfNull(outDir);
        SubmissionIds.Require(submissionId, "GradeStore.GradePath");
        return Path.Combine(outDir, submissionId, OutputFiles.Grade);
    }

    /// <summary>Loads a finished submission's grade; returns <see langword="false"/> when there is none or it cannot be read (then grade it again).</summary>
    /// <param name="outDir">The output folder given with <c>--out</c>.</param>
    /// <param name="submissionId">The submission's folder or zip name.</param>
    /// <param name="grade">The grade read back, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the submission was finished in an earlier run.</returns>
    public static bool TryLoad(string outDir, string submissionId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SubmissionGrade? grade)
    {
        grade = null;
        string path = GradePath(outDir, submissionId);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            grade = GradeJson.Deserialize(File.ReadAllText(path));
            return grade.SubmissionId == submissionId;
        }
        catch (InvalidDataException)
        {
            grade = null;
            return false;
        }
    }

    /// <summary>Loads every readable <c>grade.json</c> in the output folder's submission folders, ordered by student id, then submission id.</summary>
    /// <param name="outDir">The output folder given with <c>--out</c>.</param>
    /// <returns>The grades found (empty when the folder does not exist).</returns>
    public static IReadOnlyList<SubmissionGrade> LoadAll(string outDir)
    {
        ArgumentNullException.ThrowIfNull(outDir);
        if (!Directory.Exists(outDir))
        {
            return [];
        }

        var grades = new List<SubmissionGrade>();
        foreach (string folder in Directory.EnumerateDirectories(outDir))
        {
            string id = Path.GetFileName(folder);
            if (!id.StartsWith('.') && TryLoad(outDir, id, out SubmissionGrade? grade))
            {
                grades.Add(grade);
            }
        }

        return GradeOrder.Sort(grades);
    }
}
