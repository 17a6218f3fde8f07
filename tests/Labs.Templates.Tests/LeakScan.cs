using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Labs.Templates.Tests;

/// <summary>
/// Looks for anything instructor-only in a template pack: lines of reference solutions, hidden test projects,
/// their file names and test names, build output, and the word SOLUTION itself.
/// </summary>
internal static partial class LeakScan
{
    /// <summary>Every leak found in <paramref name="package"/>, one line each; empty when the pack is clean.</summary>
    /// <remarks>
    /// A lab's files are searched for that lab's solution lines and hidden tests (another lab may well have the same
    /// loop in plain sight); files outside every lab folder, such as the shared ones, are searched for all labs'.
    /// </remarks>
    public static IReadOnlyList<string> Find(ZipArchive package, IReadOnlyList<LabSource> labs)
    {
        var secrets = labs.ToDictionary(l => l.Name, l => new Secrets(l.SolutionOnlyLines(), l.HiddenOnlyFileNames(), l.HiddenOnlyNames()));
        var everyLab = new Secrets(
            secrets.Values.SelectMany(s => s.SolutionLines).Distinct().ToList(),
            secrets.Values.SelectMany(s => s.HiddenFileNames).Distinct().ToList(),
            secrets.Values.SelectMany(s => s.HiddenNames).Distinct().ToList());

        var leaks = new List<string>();
        foreach (var entry in package.Entries)
        {
            var path = entry.FullName;
            var lab = LabFolder().Match(path);
            var secret = lab.Success && secrets.TryGetValue(lab.Groups["lab"].Value, out var own) ? own : everyLab;
            if (BuildOutput().IsMatch(path) || path.Contains(".Hidden.Tests", StringComparison.OrdinalIgnoreCase))
            {
                leaks.Add($"{path}: build output or hidden test project");
            }

            if (entry.Name == "grading.json")
            {
                leaks.Add($"{path}: the grader's settings (deadline, limits) are for instructors only");
            }

            if (secret.HiddenFileNames.Contains(entry.Name))
            {
                leaks.Add($"{path}: has the name of a hidden test file");
            }

            if (!LabSource.IsText(path))
            {
                continue;
            }

            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var text = reader.ReadToEnd();
            if (SolutionWord().IsMatch(text))
            {
                leaks.Add($"{path}: mentions SOLUTION");
            }

            leaks.AddRange(secret.SolutionLines
                .Where(line => text.Contains(line, StringComparison.Ordinal))
                .Select(line => $"{path}: holds the solution line `{line}`"));
            leaks.AddRange(secret.HiddenNames
                .Where(name => Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b"))
                .Select(name => $"{path}: names the hidden test `{name}`"));
        }

        return leaks;
    }

    [GeneratedRegex(@"^content/(?<lab>[^/]+)/")]
    private static partial Regex LabFolder();

    [GeneratedRegex(@"(^|/)(bin|obj)/", RegexOptions.IgnoreCase)]
    private static partial Regex BuildOutput();

    [GeneratedRegex(@"\bSOLUTION\b")]
    private static partial Regex SolutionWord();

    /// <summary>What must not reach students from one lab (or from every lab).</summary>
    private sealed record Secrets(IReadOnlyList<string> SolutionLines, IReadOnlyList<string> HiddenFileNames, IReadOnlyList<string> HiddenNames);
}
