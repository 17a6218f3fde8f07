using System.Text.Json;
using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>The names of statuses and outcomes as they appear in every output file (camelCase, as in <c>grade.json</c>).</summary>
internal static class StatusNames
{
    /// <summary>The status's name in the files, e.g. "compileError".</summary>
    public static string Of(SubmissionStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    /// <summary>The outcome's name in the files, e.g. "timedOut".</summary>
    public static string Of(TestOutcome outcome) => JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());
}
