using System.Text.RegularExpressions;

namespace Labs.Templates.Tests;

/// <summary>
/// Reads the <c>#if SOLUTION … #else … #endif</c> blocks of a lab source file, independently of the pack step,
/// to tell what a student may see from what only the reference solution holds.
/// </summary>
internal static partial class SolutionBlocks
{
    /// <summary>Splits <paramref name="text"/> into the student's version, the solution version and the lines only the solution has.</summary>
    public static SolutionSplit Split(string text)
    {
        var student = new List<string>();
        var solution = new List<string>();
        var solutionOnly = new List<string>();

        // One frame per open #if: for #if SOLUTION / #if !SOLUTION, whether the current branch is the solution's.
        var frames = new Stack<bool?>();
        foreach (var line in text.Split('\n'))
        {
            var directive = DirectivePattern().Match(line);
            if (directive.Success)
            {
                var kind = directive.Groups["kind"].Value;
                var condition = directive.Groups["condition"].Value.Trim();
                if (kind == "if" && SolutionCondition().Match(condition) is { Success: true } test)
                {
                    frames.Push(test.Groups["not"].Value.Length == 0);
                    continue;
                }

                if (kind == "if")
                {
                    frames.Push(null);
                }
                else if (frames.Count > 0 && frames.Peek() is bool branch)
                {
                    frames.Pop();
                    if (kind == "else")
                    {
                        frames.Push(!branch);
                    }

                    continue;
                }
                else if (kind == "endif" && frames.Count > 0)
                {
                    frames.Pop();
                }
            }

            var inSolution = frames.Any(f => f == true);
            var inStub = frames.Any(f => f == false);
            if (!inSolution)
            {
                student.Add(line);
            }

            if (!inStub)
            {
                solution.Add(line);
            }

            if (inSolution && !string.IsNullOrWhiteSpace(line))
            {
                solutionOnly.Add(line.Trim());
            }
        }

        return new SolutionSplit(string.Join('\n', student), string.Join('\n', solution), solutionOnly);
    }

    [GeneratedRegex(@"^\s*#\s*(?<kind>if|elif|else|endif)\b(?<condition>.*)$")]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"^\(?\s*(?<not>!?)\s*SOLUTION\s*\)?$")]
    private static partial Regex SolutionCondition();
}

/// <summary>A lab source file read both ways.</summary>
/// <param name="StudentText">The file as a student gets it: the stub branch of each SOLUTION block.</param>
/// <param name="SolutionText">The file with the reference solution: the solution branch of each SOLUTION block.</param>
/// <param name="SolutionLines">The trimmed, non-empty lines inside the solution branches.</param>
internal sealed record SolutionSplit(string StudentText, string SolutionText, IReadOnlyList<string> SolutionLines);
