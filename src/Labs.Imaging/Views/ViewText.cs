using System.Globalization;
using System.Text;

namespace Labs.Imaging;

/// <summary>Shared formatting of pixel values in the <c>ToString</c> of views.</summary>
internal static class ViewText
{
    /// <summary>At most this many values are written out; longer lines end with "…".</summary>
    internal const int MaxValuesShown = 16;

    /// <summary>Appends <paramref name="separator"/> and then the value, in invariant culture with up to 6 significant digits.</summary>
    internal static void AppendValue(StringBuilder text, string separator, double value) =>
        text.Append(separator).Append(value.ToString("G6", CultureInfo.InvariantCulture));
}
