namespace Labs.Tests.Shared;

/// <summary>A fresh folder under the system's temp folder, deleted with everything in it on <see cref="Dispose"/>.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    /// <summary>The folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("labs-tests-").FullName;

    /// <summary>The full path of a file in this folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes bytes to a file in this folder and returns its full path.</summary>
    public string Write(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every file below the folder, as sorted relative paths with forward slashes (<c>Filters/T.verified.png</c>).</summary>
    public string[] FileNames() =>
        [.. Directory.GetFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
