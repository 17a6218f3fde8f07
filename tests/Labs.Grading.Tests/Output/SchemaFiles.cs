using System.Text.Json;
using Json.Schema;

namespace Labs.Grading.Tests.Output;

/// <summary>Validates JSON text against the schemas documented in docs/grading/.</summary>
internal static class SchemaFiles
{
    public const string Grade = "grade.schema.json";
    public const string Gradescope = "gradescope-results.schema.json";
    public const string Classroom = "classroom-result.schema.json";

    /// <summary>The repository's docs/grading folder, found by walking up from the test assembly to LabTemplates.sln.</summary>
    public static string DocsFolder
    {
        get
        {
            var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LabTemplates.sln")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("LabTemplates.sln not found above the test folder."), "docs", "grading");
        }
    }

    /// <summary>Returns the schema's error messages for <paramref name="json"/> (empty when it is valid).</summary>
    public static List<string> Errors(string schemaFile, string json)
    {
        JsonSchema schema = JsonSchema.FromText(
            File.ReadAllText(Path.Combine(DocsFolder, schemaFile)),
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
