using System.Text.Json;
using Json.Schema;

namespace Labs.Tests.Shared;

/// <summary>Validates the grader's JSON outputs against the schemas documented in docs/grading/.</summary>
internal static class SchemaFiles
{
    public const string Grade = "grade.schema.json";
    public const string Gradescope = "gradescope-results.schema.json";
    public const string Classroom = "classroom-result.schema.json";

    /// <summary>Returns the schema's error messages for <paramref name="json"/> (empty when it is valid).</summary>
    public static List<string> Errors(string schemaFile, string json)
    {
        JsonSchema schema = JsonSchema.FromText(
            File.ReadAllText(Path.Combine(Repository.Root, "docs", "grading", schemaFile)),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        return results.IsValid
            ? []
            : (results.Details ?? [])
                .Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .ToList();
    }
}
