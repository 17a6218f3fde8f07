using System.Globalization;
using Labs.Grading.Submissions;

namespace Labs.Cli;

/// <summary>What <c>labs grade</c> was asked to do, read from its command line.</summary>
internal sealed record GradeOptions(string LabFolder, string Submissions, string Out)
{
    public const string Help = """
        labs grade: grades every submission of a lab with its visible and hidden tests.

        Usage:
          labs grade --lab <name or folder> --submissions <folder> --out <folder> [options]

        Required:
          --lab <name or folder>    The lab: a name such as 'filtering' (looked up as <lab-root>/<name>) or the path
                                    of a lab folder holding Lab/, Lab.Tests/, Lab.Hidden.Tests/ and optionally grading.json.
          --submissions <folder>    A folder holding one sub-folder or .zip per student, each the lab as 'dotnet new' made it.
          --out <folder>            Where the gradebook and the feedback go (created when missing).

        Options:
          --force                   Grade again submissions that already have a grade.json in --out (default: skip them).
          --parallel <n>            Submissions graded at the same time (default: grading.json's parallelism, else one per processor).
          --submitted-at <source>   Where the hand-in time comes from, for the late policy: file (default: a
                                    <submission>.submitted_at file next to it), git (last commit), mtime (file times) or none.
          --lab-root <folder>       Where lab names are looked up (default: templates/ of the repository around the current folder).
          --plain                   One plain line per submission instead of a live progress bar (the default when
                                    the output is not a terminal or CI is set).
          -h, --help                Show this help.

        Example:
          labs grade --lab filtering --submissions examples/submissions/filtering --out artifacts/grades

        Exit codes: 0 grading completed (whatever the students scored); 2 a wrong command line or lab configuration;
        3 the lab itself could not be built.
        """;

    public bool Force { get; init; }

    public int? Parallelism { get; init; }

    public SubmissionTimeSource SubmittedAt { get; init; } = SubmissionTimeSource.File;

    /// <summary>Forces plain line-by-line progress, as used when the output is not a terminal.</summary>
    public bool Plain { get; init; }

    /// <summary>Reads the arguments after <c>grade</c>; null when help was asked for.</summary>
    public static GradeOptions? Parse(IReadOnlyList<string> args, string currentFolder)
    {
        string? lab = null, submissions = null, output = null, labRoot = null;
        var force = false;
        var plain = false;
        int? parallel = null;
        var submittedAt = SubmissionTimeSource.File;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "-h" or "--help":
                    return null;
                case "--force":
                    force = true;
                    break;
                case "--plain":
                    plain = true;
                    break;
                case "--lab":
                    lab = OptionValue.Next(args, ref i, "grade");
                    break;
                case "--submissions":
                    submissions = OptionValue.Next(args, ref i, "grade");
                    break;
                case "--out":
                    output = OptionValue.Next(args, ref i, "grade");
                    break;
                case "--lab-root":
                    labRoot = OptionValue.Next(args, ref i, "grade");
                    break;
                case "--parallel":
                    var text = OptionValue.Next(args, ref i, "grade");
                    if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1)
                    {
                        throw new UsageException($"--parallel {text} is not a number of submissions: use a whole number of at least 1, e.g. --parallel 2.");
                    }

                    parallel = n;
                    break;
                case "--submitted-at":
                    submittedAt = OptionValue.Next(args, ref i, "grade") switch
                    {
                        "file" => SubmissionTimeSource.File,
                        "git" => SubmissionTimeSource.Git,
                        "mtime" => SubmissionTimeSource.ModifiedTime,
                        "none" => SubmissionTimeSource.None,
                        var other => throw new UsageException($"--submitted-at {other} is not a source of hand-in times: use file, git, mtime or none."),
                    };
                    break;
                default:
                    throw new UsageException($"unknown option '{name}'. 'labs grade --help' lists the options.");
            }
        }

        Require(lab, "--lab", "--lab filtering");
        Require(submissions, "--submissions", "--submissions examples/submissions/filtering");
        Require(output, "--out", "--out artifacts/grades");
        var submissionsFolder = Path.GetFullPath(submissions!, currentFolder);
        if (!Directory.Exists(submissionsFolder))
        {
            throw new UsageException($"--submissions {submissions}: the folder {submissionsFolder} does not exist. Give the folder that holds one folder or .zip per student.");
        }

        return new GradeOptions(LabLocation.Resolve(lab!, labRoot, currentFolder), submissionsFolder, Path.GetFullPath(output!, currentFolder))
        {
            Force = force,
            Plain = plain,
            Parallelism = parallel,
            SubmittedAt = submittedAt,
        };
    }

    private static void Require(string? value, string option, string example)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new UsageException($"{option} is missing, e.g. '{example}'. 'labs grade --help' explains each option.");
        }
    }
}
