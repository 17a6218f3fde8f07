namespace Labs.Grading.Submissions;

/// <summary>Why a file of a submission was not taken into the grading.</summary>
public enum IgnoredFileReason
{
    /// <summary>A changed or extra test file: tests are never part of a submission.</summary>
    Test,

    /// <summary>A changed or extra snapshot (<c>*.verified.*</c>, <c>*.received.*</c>).</summary>
    Snapshot,

    /// <summary>A changed or extra project or build file (<c>.csproj</c>, <c>.props</c>, <c>.targets</c>, <c>.sln</c>, <c>nuget.config</c>, <c>global.json</c>).</summary>
    ProjectFile,

    /// <summary>A changed or extra file that the lab's submission patterns do not match.</summary>
    NotSubmitted,

    /// <summary>A folder of build output, version control or archive metadata (<c>bin/</c>, <c>obj/</c>, <c>.git/</c>, <c>__MACOSX/</c>, …).</summary>
    GeneratedFolder,

    /// <summary>A file larger than the lab allows, or past the total size the lab allows.</summary>
    TooLarge,

    /// <summary>A binary file where a text file was expected.</summary>
    NotText,

    /// <summary>A symbolic link: links are never followed.</summary>
    SymbolicLink,

    /// <summary>A file outside the lab folder of the submission.</summary>
    OutsideLab,
}
