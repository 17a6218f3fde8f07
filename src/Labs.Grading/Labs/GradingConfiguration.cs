using Labs.Grading.Results;

namespace Labs.Grading.Labs;

/// <summary>
/// How one lab is graded: which files are the submission, the limits for each hidden test, the late policy and what the
/// feedback shows. It is read from the <c>grading.json</c> next to the lab's handout; every field has a sane default.
/// </summary>
/// <param name="Submission">Which files of the student's lab count as the submission.</param>
/// <param name="TestTimeout">How long one hidden test may run before it fails as too slow.</param>
/// <param name="MemoryLimitMegabytes">How much memory (MiB) the process running a student's tests may use.</param>
/// <param name="Parallelism">How many submissions are graded at the same time.</param>
/// <param name="Late">The deadline and what happens to the points of late work.</param>
/// <param name="HiddenTests">How much of the hidden tests the feedback shows.</param>
/// <param name="ForbiddenApis">Extra names of types or members the student's code may not use, e.g. <c>System.Linq.Enumerable.Average</c>.</param>
/// <param name="AppendSolutions">Whether the feedback ends with the reference solution.</param>
/// <example>
/// <code>
/// var configuration = GradingConfiguration.Load("templates/intro/grading.json");
/// Console.WriteLine(configuration.TestTimeout.TotalSeconds); // 10 unless grading.json says otherwise
/// </code>
/// </example>
public sealed record GradingConfiguration(
    SubmissionRules Submission,
    TimeSpan TestTimeout,
    int MemoryLimitMegabytes,
    int Parallelism,
    LatePolicy Late,
    HiddenTestVisibility HiddenTests,
    IReadOnlyList<string> ForbiddenApis,
    bool AppendSolutions)
{
    /// <summary>The name of the grading configuration file in a lab folder.</summary>
    public const string FileName = "grading.json";

    /// <summary>
    /// The configuration of a lab without <c>grading.json</c>: <c>Lab/**/*.cs</c> is the submission, 10 s per test, 512 MiB,
    /// one submission per processor, no deadline, hidden tests summarised, no extra forbidden names, no solutions.
    /// </summary>
    public static GradingConfiguration Default { get; } = new(
        SubmissionRules.Default,
        TimeSpan.FromSeconds(10),
        512,
        Environment.ProcessorCount,
        LatePolicy.None,
        HiddenTestVisibility.Summary,
        [],
        false);

    /// <summary>Reads a <c>grading.json</c> file; fields it leaves out keep their <see cref="Default"/> values.</summary>
    /// <param name="path">The path of the <c>grading.json</c> file.</param>
    /// <returns>The configuration the file describes.</returns>
    /// <exception cref="LabConfigurationException">The file is missing, is not valid JSON, has an unknown field or a bad value; the message names the file and the field.</exception>
    public static GradingConfiguration Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new LabConfigurationException($"{path}: the grading configuration file does not exist.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads the text of a <c>grading.json</c> file; fields it leaves out keep their <see cref="Default"/> values.</summary>
    /// <param name="json">The JSON text. Comments and trailing commas are allowed.</param>
    /// <param name="path">The file the text came from, used in error messages.</param>
    /// <returns>The configuration the text describes.</returns>
    /// <exception cref="LabConfigurationException">The text is not valid JSON, has an unknown field or a bad value; the message names the file and the field.</exception>
    /// <example>
    /// <code>var configuration = GradingConfiguration.Parse("""{ "testTimeoutSeconds": 5 }""", "grading.json");</code>
    /// </example>
    public static GradingConfiguration Parse(string json, string path) => new GradingJsonReader(path).Read(json);
}
