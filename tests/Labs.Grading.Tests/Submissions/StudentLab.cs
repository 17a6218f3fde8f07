using System.IO.Compression;
using Labs.Grading.Tests.Labs;

namespace Labs.Grading.Tests.Submissions;

/// <summary>Builds students' submissions of a <see cref="TemporaryLab"/>: folders as `dotnet new` made them, and zips with any entry names.</summary>
internal static class StudentLab
{
    /// <summary>Copies the handout the student got (no hidden tests) into <paramref name="folder"/>, with the student id filled in.</summary>
    public static string CopyHandout(TemporaryLab lab, string folder, string studentId = "")
    {
        foreach (var file in Directory.EnumerateFiles(lab.Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(lab.Root, file);
            if (relative.StartsWith("Lab.Hidden.Tests", StringComparison.Ordinal) || relative.Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, File.ReadAllText(file).Replace("$(LABS_STUDENT_ID)", studentId, StringComparison.Ordinal));
        }

        return folder;
    }

    public static void Write(string folder, string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Writes a zip whose entries have exactly the given names (even ones a zip tool would refuse, such as <c>../x.cs</c>).</summary>
    public static string Zip(string path, params (string Name, string Text)[] entries)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write(text);
        }

        return path;
    }

    /// <summary>The entries of a folder as (zip name, text), with <paramref name="prefix"/> before each path.</summary>
    public static (string Name, string Text)[] EntriesOf(string folder, string prefix) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (prefix + Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)))];
}
