using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>
/// Writes every output of a grading run into the <c>--out</c> folder: <c>gradebook.csv</c> at the top and, per
/// submission, <c>&lt;submission-id&gt;/grade.json</c>, <c>feedback.md</c>, <c>feedback.html</c>, <c>results.json</c>
/// (Gradescope) and <c>classroom.env</c> (GitHub Classroom). Each file is written to a temporary file and then moved
/// into place, and <c>grade.json</c> comes last: a submission with a <c>grade.json</c> is complete, so killing the
/// grader loses no finished result and a second run can resume with <see cref="GradeStore"/>.
/// </summary>
/// <example>
/// <code>
/// foreach (SubmissionGrade grade in gradedOneByOne)
/// {
///     OutputWriter.WriteSubmission(outDir, grade, options);
/// }
/// OutputWriter.WriteGradebook(outDir, GradeStore.LoadAll(outDir));
/// </code>
/// </example>
public static class OutputWriter
{
    /// <summary>Writes the files of one submission into <c>&lt;outDir&gt;/&lt;submission-id&gt;/</c>, <c>grade.json</c> last.</summary>
    /// <param name="outDir">The output folder given with <c>--out</c>; created when missing.</param>
    /// <param name="grade">The submission's grade.</param>
    /// <param name="options">The instructor's output choices; <see langword="null"/> uses the defaults.</param>
    /// <returns>The submission's output folder.</returns>
    public static string WriteSubmission(string outDir, SubmissionGrade grade, OutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(outDir);
        ArgumentNullException.ThrowIfNull(grade);
        options ??= new OutputOptions();
        SubmissionIds.Require(grade.SubmissionId, "OutputWriter.WriteSubmission");
        string folder = Path.Combine(outDir, grade.SubmissionId);
        Directory.CreateDirectory(folder);

        AtomicFile.WriteAllText(Path.Combine(folder, OutputFiles.FeedbackMarkdown), FeedbackMarkdown.Write(grade, options));
        AtomicFile.WriteAllText(Path.Combine(folder, OutputFiles.FeedbackHtml), FeedbackHtml.Write(grade, options));
        if (options.WriteGradescope)
        {
            AtomicFile.WriteAllText(Path.Combine(folder, OutputFiles.Gradescope), GradescopeResults.Write(grade, options));
        }

        if (options.WriteClassroom)
        {
            AtomicFile.WriteAllText(Path.Combine(folder, OutputFiles.Classroom),
                ClassroomReport.EnvironmentFile(ClassroomReport.Runners(grade, options)));
        }

        AtomicFile.WriteAllText(GradeStore.GradePath(outDir, grade.SubmissionId), GradeJson.Serialize(grade));
        return folder;
    }

    /// <summary>Writes <c>&lt;outDir&gt;/gradebook.csv</c> for the given grades.</summary>
    /// <param name="outDir">The output folder given with <c>--out</c>; created when missing.</param>
    /// <param name="grades">One grade per submission (for a resumed run, pass <see cref="GradeStore.LoadAll"/>).</param>
    /// <returns>The gradebook's path.</returns>
    public static string WriteGradebook(string outDir, IEnumerable<SubmissionGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(outDir);
        string path = Path.Combine(outDir, OutputFiles.Gradebook);
        AtomicFile.WriteAllText(path, GradebookCsv.Write(grades));
        return path;
    }

    /// <summary>Writes every submission's files and then the gradebook.</summary>
    /// <param name="outDir">The output folder given with <c>--out</c>; created when missing.</param>
    /// <param name="grades">One grade per submission; two grades with the same submission id are an error.</param>
    /// <param name="options">The instructor's output choices; <see langword="null"/> uses the defaults.</param>
    public static void WriteAll(string outDir, IReadOnlyList<SubmissionGrade> grades, OutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grades);
        string? duplicate = grades.GroupBy(g => g.SubmissionId, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"OutputWriter.WriteAll: submission id \"{duplicate}\" appears more than once: every submission needs its own folder name.", nameof(grades));
        }

        foreach (SubmissionGrade grade in grades)
        {
            WriteSubmission(outDir, grade, options);
        }

        WriteGradebook(outDir, grades);
    }
}
