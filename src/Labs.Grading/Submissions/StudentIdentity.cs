using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Labs.Grading.Submissions;

/// <summary>Reads the student id a lab records in its <c>Directory.Build.props</c> (the <c>LabsStudentId</c> property).</summary>
internal static class StudentIdentity
{
    /// <summary>The file of the lab folder that holds the student id.</summary>
    public const string PropsFile = "Directory.Build.props";

    /// <summary>The longest student id that is taken as is.</summary>
    public const int MaxLength = 64;

    /// <summary>The id in the props file, or null with a note when it is missing, empty, a placeholder or has odd characters.</summary>
    public static (string? Id, string? Note) Read(byte[]? props)
    {
        if (props is null)
        {
            return (null, null);
        }

        string? value = null;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 1 << 20 };
            using var reader = XmlReader.Create(new MemoryStream(props), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "LabsStudentId")
                {
                    value = reader.ReadElementContentAsString().Trim();
                    break;
                }
            }
        }
        catch (XmlException)
        {
            return (null, $"{PropsFile} is not valid XML, so the student id could not be read from it.");
        }

        if (string.IsNullOrEmpty(value) || value.Contains("$(", StringComparison.Ordinal))
        {
            return (null, null);
        }

        if (value.Length > MaxLength || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' or '+'))
        {
            var shown = value.Length > MaxLength ? value[..MaxLength] + "…" : value;
            return (null, $"The LabsStudentId \"{Printable(shown)}\" in {PropsFile} may only hold letters, digits and . - _ @ + (at most {MaxLength} characters); the submission's name is used instead.");
        }

        return (value, null);
    }

    /// <summary>The props file with the value of <c>LabsStudentId</c> taken out, to compare a student's file with the handout's.</summary>
    public static byte[] WithoutId(byte[] props) =>
        Encoding.UTF8.GetBytes(Regex.Replace(Encoding.UTF8.GetString(props), "<LabsStudentId>[^<]*</LabsStudentId>", "<LabsStudentId />", RegexOptions.None, TimeSpan.FromSeconds(1)));

    private static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? '?' : c);
        }

        return builder.ToString();
    }
}
