using System.Buffers.Binary;
using System.Text.Json;

namespace Labs.Testing.Tests.Report;

/// <summary>Reads back the data embedded in a report page, independently of the page's own script.</summary>
internal static class ReportPageReader
{
    private const string DataStart = "<script type=\"application/json\" id=\"labs-data\">";

    /// <summary>The JSON object embedded in the page.</summary>
    public static JsonElement Data(string html)
    {
        var start = html.IndexOf(DataStart, StringComparison.Ordinal) + DataStart.Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(html[start..end]);
        return json.RootElement.Clone();
    }

    /// <summary>The pixel values of panel <paramref name="index"/>, decoded from little-endian 64-bit floats.</summary>
    public static double[] Pixels(string html, int index)
    {
        var bytes = Data(html).GetProperty("panels")[index].GetProperty("pixels").GetBytesFromBase64();
        var values = new double[bytes.Length / sizeof(double)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)));
        }

        return values;
    }
}
