using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Labs.Testing.Classroom;

/// <summary>How runner results are written: compact JSON, numbers without trailing zeros, the reporter's status words.</summary>
internal static class ClassroomJson
{
    /// <summary>One-line JSON that keeps characters such as ` and é readable (the text is base64-encoded anyway).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The reporter's word for a status: <c>pass</c>, <c>fail</c> or <c>error</c>.</summary>
    public static string Word(ClassroomStatus status) => status switch
    {
        ClassroomStatus.Pass => "pass",
        ClassroomStatus.Fail => "fail",
        _ => "error",
    };

    /// <summary>The points without trailing zeros in their scale (4.00 becomes 4), so that the JSON reads <c>4</c>, not <c>4.00</c>.</summary>
    public static decimal Number(decimal points) => points / 1.000000000000000000000000000000000m;

    /// <summary>The double JavaScript's JSON.parse reads from the number text written for <paramref name="points"/>.</summary>
    public static double AsJavaScript(decimal points) =>
        double.Parse(Number(points).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
