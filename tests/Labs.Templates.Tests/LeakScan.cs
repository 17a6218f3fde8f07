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
    public static IReadOnlyList<string> Find(ZipArchive package, IReadOnlyList<LabSource> labs)
    {
        var solutionLines = labs.SelectMany(l => l.SolutionOnlyLines()).Distinct().ToList();
        var hiddenFileNames = labs.SelectMany(l => l.HiddenOnlyFileNames()).ToHashSet();
        var hiddenNames = labs.SelectMany(l => l.HiddenOnlyNames()).Distinct().ToList();

        var leaks = new List<string>();
        foreach (var entry in package.Entries)
        {
            var path = entry.FullName;
            if (BuildOutput().IsMatch(path) || path.Contains(".Hidden.Tests", StringComparison.OrdinalIgnoreCase))
            {
                leaks.Add($"{path}: build output or hidden test project");
            }

            if (entry.Name == "grading.json")
            {
                leaks.Add($"{path}: the grader's settings (deadline, limits) are for instructors only");
            }

            if (hiddenFileNames.Contains(entry.Name))
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

            leaks.AddRange(solutionLines
                .Where(line => text.Contains(line, StringComparison.Ordinal))
                .Select(line => $"{path}: holds the solution line `{line}`"));
            leaks.AddRange(hiddenNames
                .Where(name => Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b"))
                .Select(name => $"{path}: names the hidden test `{name}`"));
        }

        return leaks;
    }

    [GeneratedRegex(@"(^|/)(bin|obj)/", RegexOptions.IgnoreCase)]
    private static partial Regex BuildOutput();

    [GeneratedRegex(@"\bSOLUTION\b")]
    private static partial Regex SolutionWord();
}
