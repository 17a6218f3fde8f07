using System.Globalization;
using System.Text.Json;
using Labs.Grading.Results;

namespace Labs.Grading.Labs;

/// <summary>Reads <c>grading.json</c> field by field, so that every error names the file and the field.</summary>
internal sealed class GradingJsonReader(string path)
{
    private static readonly string[] TopFields =
        ["$schema", "submission", "testTimeoutSeconds", "memoryLimitMegabytes", "parallelism", "late", "hiddenTests", "forbiddenApis", "appendSolutions"];

    private static readonly string[] SubmissionFields = ["include", "exclude", "maxFileKilobytes", "maxTotalKilobytes"];

    private static readonly string[] LateFields = ["deadline", "policy", "penaltyPercentPerDay", "maxDaysLate"];

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public GradingConfiguration Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            throw new LabConfigurationException(
                string.Create(CultureInfo.InvariantCulture, $"{path}(line {line}): not valid JSON: {e.Message}"), path);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Problem("(the whole file)", "must be a JSON object such as { \"testTimeoutSeconds\": 10 }", root);
            }

            CheckFields(root, TopFields, string.Empty);
            var defaults = GradingConfiguration.Default;
            return defaults with
            {
                Submission = ReadSubmission(root),
                TestTimeout = TryGet(root, "testTimeoutSeconds", out var timeout)
                    ? TimeSpan.FromSeconds(PositiveNumber(timeout, "testTimeoutSeconds", "a number of seconds above 0, e.g. 10"))
                    : defaults.TestTimeout,
                MemoryLimitMegabytes = TryGet(root, "memoryLimitMegabytes", out var memory)
                    ? PositiveInteger(memory, "memoryLimitMegabytes", "a whole number of MiB above 0, e.g. 512")
                    : defaults.MemoryLimitMegabytes,
                Parallelism = TryGet(root, "parallelism", out var parallelism) && parallelism.ValueKind != JsonValueKind.Null
                    ? PositiveInteger(parallelism, "parallelism", "a whole number above 0 (or null for one per processor)")
                    : defaults.Parallelism,
                Late = ReadLate(root),
                HiddenTests = TryGet(root, "hiddenTests", out var hidden) ? Visibility(hidden) : defaults.HiddenTests,
                ForbiddenApis = TryGet(root, "forbiddenApis", out var forbidden)
                    ? Strings(forbidden, "forbiddenApis", allowEmpty: true)
                    : defaults.ForbiddenApis,
                AppendSolutions = TryGet(root, "appendSolutions", out var solutions)
                    ? Boolean(solutions, "appendSolutions")
                    : defaults.AppendSolutions,
            };
        }
    }

    private SubmissionRules ReadSubmission(JsonElement root)
    {
        var defaults = SubmissionRules.Default;
        if (!TryGet(root, "submission", out var submission))
        {
            return defaults;
        }

        RequireObject(submission, "submission");
        CheckFields(submission, SubmissionFields, "submission.");
        return new SubmissionRules(
            TryGet(submission, "include", out var include) ? Globs(include, "submission.include", allowEmpty: false) : defaults.Include,
            TryGet(submission, "exclude", out var exclude) ? Globs(exclude, "submission.exclude", allowEmpty: true) : defaults.Exclude,
            TryGet(submission, "maxFileKilobytes", out var file)
                ? PositiveInteger(file, "submission.maxFileKilobytes", "a whole number of KiB above 0, e.g. 1024") * SubmissionRules.Kilobyte
                : defaults.MaxFileBytes,
            TryGet(submission, "maxTotalKilobytes", out var total)
                ? PositiveInteger(total, "submission.maxTotalKilobytes", "a whole number of KiB above 0, e.g. 4096") * SubmissionRules.Kilobyte
                : defaults.MaxTotalBytes);
    }

    private LatePolicy ReadLate(JsonElement root)
    {
        if (!TryGet(root, "late", out var late))
        {
            return LatePolicy.None;
        }

        RequireObject(late, "late");
        CheckFields(late, LateFields, "late.");
        DateTimeOffset? deadline = TryGet(late, "deadline", out var deadlineElement) ? Deadline(deadlineElement) : null;
        var kind = TryGet(late, "policy", out var policy) ? PolicyKind(policy) : LatePolicyKind.None;
        var percent = 0.0;
        if (TryGet(late, "penaltyPercentPerDay", out var penalty))
        {
            percent = PositiveNumber(penalty, "late.penaltyPercentPerDay", "a percentage above 0 and at most 100, e.g. 10");
            if (percent > 100)
            {
                throw Problem("late.penaltyPercentPerDay", "must be a percentage above 0 and at most 100, e.g. 10", penalty);
            }
        }

        int? maxDays = TryGet(late, "maxDaysLate", out var max) && max.ValueKind != JsonValueKind.Null
            ? PositiveInteger(max, "late.maxDaysLate", "a whole number of days above 0 (or null for no limit)")
            : null;

        if (kind != LatePolicyKind.None && deadline is null)
        {
            throw new LabConfigurationException(
                $"{path}: late.policy \"{Name(kind)}\" needs late.deadline, e.g. \"2025-03-14T23:59:00+01:00\".", path, "late.deadline");
        }

        if (kind == LatePolicyKind.PenaltyPerDay && percent == 0)
        {
            throw new LabConfigurationException(
                $"{path}: late.policy \"penaltyPerDay\" needs late.penaltyPercentPerDay, e.g. 10 for 10 % per day.", path, "late.penaltyPercentPerDay");
        }

        return new LatePolicy { Deadline = deadline, Kind = kind, PercentPerDay = (decimal)percent, MaxDaysLate = maxDays };
    }

    private DateTimeOffset Deadline(JsonElement element)
    {
        const string Expected = "must be an ISO-8601 date and time with its offset, e.g. \"2025-03-14T23:59:00+01:00\"";
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Problem("late.deadline", Expected, element);
        }

        var text = element.GetString()!;
        string[] formats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ssZ", "yyyy-MM-dd'T'HH:mmZ"];
        if (!DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var deadline))
        {
            throw Problem("late.deadline", Expected, element);
        }

        return deadline;
    }

    private LatePolicyKind PolicyKind(JsonElement element)
    {
        const string Expected = "must be \"none\", \"zero\" or \"penaltyPerDay\"";
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Problem("late.policy", Expected, element);
        }

        return element.GetString()!.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "NONE" => LatePolicyKind.None,
            "ZERO" => LatePolicyKind.Zero,
            "PENALTYPERDAY" => LatePolicyKind.PenaltyPerDay,
            _ => throw Problem("late.policy", Expected, element),
        };
    }

    private HiddenTestVisibility Visibility(JsonElement element)
    {
        const string Expected = "must be \"full\", \"summary\" or \"hidden\"";
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Problem("hiddenTests", Expected, element);
        }

        return element.GetString()!.ToUpperInvariant() switch
        {
            "FULL" => HiddenTestVisibility.Full,
            "SUMMARY" => HiddenTestVisibility.Summary,
            "HIDDEN" => HiddenTestVisibility.Hidden,
            _ => throw Problem("hiddenTests", Expected, element),
        };
    }

    private string[] Globs(JsonElement element, string field, bool allowEmpty)
    {
        var globs = Strings(element, field, allowEmpty);
        foreach (var glob in globs)
        {
            var segments = glob.Replace('\\', '/').Split('/');
            if (glob.StartsWith('/') || glob.StartsWith('\\') || (glob.Length > 1 && glob[1] == ':') || segments.Contains(".."))
            {
                throw new LabConfigurationException(
                    $"{path}: {field} has the pattern \"{glob}\", which leaves the lab folder; patterns are relative to the lab folder, e.g. \"Lab/**/*.cs\".",
                    path,
                    field);
            }
        }

        return [.. globs.Select(g => g.Replace('\\', '/'))];
    }

    private string[] Strings(JsonElement element, string field, bool allowEmpty)
    {
        var expected = allowEmpty ? "must be a list of strings" : "must be a list of at least one string";
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Problem(field, expected, element);
        }

        var strings = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw Problem(field, expected + " that are not empty", item);
            }

            strings.Add(item.GetString()!.Trim());
        }

        if (strings.Count == 0 && !allowEmpty)
        {
            throw Problem(field, expected, element);
        }

        return [.. strings];
    }

    private double PositiveNumber(JsonElement element, string field, string expected)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value) || !(value > 0) || double.IsInfinity(value))
        {
            throw Problem(field, "must be " + expected, element);
        }

        return value;
    }

    private int PositiveInteger(JsonElement element, string field, string expected)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value) || value <= 0)
        {
            throw Problem(field, "must be " + expected, element);
        }

        return value;
    }

    private bool Boolean(JsonElement element, string field) =>
        element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Problem(field, "must be true or false", element),
        };

    private void RequireObject(JsonElement element, string field)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Problem(field, "must be a JSON object { … }", element);
        }
    }

    private void CheckFields(JsonElement element, string[] known, string prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new LabConfigurationException(
                    $"{path}: unknown field \"{prefix}{property.Name}\"; the known fields here are {string.Join(", ", known.Select(k => prefix + k))}.",
                    path,
                    prefix + property.Name);
            }
        }
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value) => element.TryGetProperty(name, out value);

    private LabConfigurationException Problem(string field, string expected, JsonElement found) =>
        new($"{path}: {field} {expected}; found {found.GetRawText()}.", path, field);

    private static string Name(LatePolicyKind kind) => kind switch
    {
        LatePolicyKind.Zero => "zero",
        LatePolicyKind.PenaltyPerDay => "penaltyPerDay",
        _ => "none",
    };
}
