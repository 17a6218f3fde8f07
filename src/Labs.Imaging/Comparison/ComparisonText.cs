using System.Globalization;

namespace Labs.Imaging;

/// <summary>How numbers, counts and positions are written in the messages of <see cref="ImageComparison"/>.</summary>
internal static class ComparisonText
{
    /// <summary>A value written compactly, invariant culture: <c>1</c>, <c>0.333333</c>, <c>1e-6</c>, <c>NaN</c>.</summary>
    internal static string Number(double value) => CompactNumber.Format(value);

    /// <summary>A factor with up to 4 significant digits (<c>3</c>, <c>2.5</c>), more when 4 would round it to 1.</summary>
    internal static string Factor(double value)
    {
        var text = Format(value, "G4");
        return text is "1" or "-1" ? Format(value, "G8") : text;
    }

    /// <summary><paramref name="part"/> of <paramref name="whole"/> in percent with one decimal; never rounded to 0 or 100 when it is not.</summary>
    internal static string Percentage(int part, int whole)
    {
        var percent = 100.0 * part / whole;
        if (part > 0 && percent < 0.05)
        {
            return "< 0.1";
        }

        if (part < whole && percent >= 99.95)
        {
            return "> 99.9";
        }

        return percent.ToString("F1", CultureInfo.InvariantCulture);
    }

    /// <summary><c>(x: 2, y: 5)</c> for grayscale, <c>(x: 2, y: 5, channel: green)</c> for RGB.</summary>
    internal static string Position(PixelPosition position, int channels) =>
        channels == 1
            ? string.Create(CultureInfo.InvariantCulture, $"(x: {position.X}, y: {position.Y})")
            : string.Create(CultureInfo.InvariantCulture, $"(x: {position.X}, y: {position.Y}, channel: {ChannelName(position.Channel)})");

    /// <summary><c>1 pixel</c>, <c>12 pixels</c>; <c>12 values</c> for RGB images, whose channels are counted separately.</summary>
    internal static string CountOfValues(int count, int channels)
    {
        var noun = channels == 1 ? "pixel" : "value";
        return string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
    }

    private static string ChannelName(int channel) => channel switch
    {
        0 => "red",
        1 => "green",
        2 => "blue",
        _ => channel.ToString(CultureInfo.InvariantCulture),
    };

    // −0 is written as 0: students should never see "-0".
    private static string Format(double value, string format) =>
        (value == 0 ? 0.0 : value).ToString(format, CultureInfo.InvariantCulture);
}
