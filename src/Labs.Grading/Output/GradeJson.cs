using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Labs.Grading.Results;

namespace Labs.Grading.Output;

/// <summary>
/// Reads and writes <c>grade.json</c>: a <see cref="SubmissionGrade"/> as camelCase JSON with a
/// <c>schemaVersion</c> first. The schema is documented in <c>docs/grading/grade.schema.json</c>.
/// </summary>
public static class GradeJson
{
    /// <summary>The version of the <c>grade.json</c> format written by this grader.</summary>
    public const int SchemaVersion = 1;

    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a grade as indented JSON, starting with <c>"schemaVersion": 1</c>.</summary>
    /// <param name="grade">The grade to write.</param>
    /// <returns>The JSON text (UTF-8 when saved; ends with a newline).</returns>
    public static string Serialize(SubmissionGrade grade)
    {
        ArgumentNullException.ThrowIfNull(grade);
        var document = new JsonObject { ["schemaVersion"] = SchemaVersion };
        JsonObject body = JsonSerializer.SerializeToNode(grade, Options)!.AsObject();
        foreach (KeyValuePair<string, JsonNode?> property in body.ToList())
        {
            body.Remove(property.Key);
            document[property.Key] = property.Value;
        }

        return document.ToJsonString(Options) + "\n";
    }

    /// <summary>Reads a grade written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The text of a <c>grade.json</c> file.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="InvalidDataException">The text is not a <c>grade.json</c> of a version this grader reads.</exception>
    public static SubmissionGrade Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            JsonNode? root = JsonNode.Parse(json);
            int? version = root?["schemaVersion"]?.GetValue<int>();
            if (version != SchemaVersion)
            {
                throw new InvalidDataException(
                    $"GradeJson.Deserialize: schemaVersion is {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}, but this grader reads version {SchemaVersion}: grade the submission again (use --force).");
            }

            return root.Deserialize<SubmissionGrade>(Options)
                ?? throw new InvalidDataException("GradeJson.Deserialize: the file holds null instead of a grade: grade the submission again.");
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"GradeJson.Deserialize: the text is not a valid grade.json ({error.Message}): grade the submission again.", error);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
