namespace Labs.Testing.Feedback;

/// <summary>Writes numbers the way a person reads them in feedback: <c>42</c>, <c>0.25</c>, <c>3e-4</c>, <c>1.5e7</c>, <c>NaN</c>, <c>∞</c>.</summary>
public static class NumberText
{
    /// <summary>Formats a value compactly and independently of the computer's language settings.</summary>
    /// <param name="value">The number to write.</param>
    /// <example><code>NumberText.Format(0.0003); // "3e-4"</code></example>
    public static string Format(double value) => Labs.Imaging.CompactNumber.Format(value);
}
