namespace Labs.Grading.Output;

/// <summary>Quotes one CSV field as RFC 4180 asks: fields holding a comma, a double quote or a line break are enclosed in double quotes, and inner quotes are doubled.</summary>
internal static class CsvField
{
    /// <summary>Returns <paramref name="value"/> ready to stand between commas.</summary>
    public static string Quote(string value)
    {
        bool needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Joins fields into one CSV record (without the line break).</summary>
    public static string Record(IEnumerable<string> fields) => string.Join(',', fields.Select(Quote));
}
