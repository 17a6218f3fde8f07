using System.Runtime.CompilerServices;
using Labs.Imaging;
using NUnit.Framework;

namespace Labs.Testing.Snapshots;

/// <summary>
/// Snapshot testing: checks a test's output against a committed, human-checked <c>.verified</c> file beside the test's source.
/// </summary>
/// <remarks>
/// <para>The files are named <c>{TestClass}.{Method}.verified.txt</c> (or <c>.png</c>); a parameterized test adds its
/// arguments, e.g. <c>BlurTests.Blur_size=3.verified.png</c>.</para>
/// <para>On the first run, or when the output changed, the output is saved as <c>.received.txt</c>/<c>.received.png</c>
/// next to it and the test fails. Look at the received file; if it is right, accept it with
/// <c>LABS_ACCEPT_SNAPSHOTS=1 dotnet test</c> or <c>scripts/accept-snapshots</c>, and commit the <c>.verified</c> file.
/// On a developer's machine a diff tool opens (through DiffEngine); on continuous integration it never does.</para>
/// </remarks>
/// <example>
/// <code>
/// [Test]
/// public void Histogram_is_printed_as_a_table()
/// {
///     Snapshot.Verify(Histogram.Format(image)); // compares with HistogramTests.Histogram_is_printed_as_a_table.verified.txt
/// }
/// </code>
/// </example>
public static class Snapshot
{
    /// <summary>Checks <paramref name="text"/> against the test's <c>.verified.txt</c> file, failing the test if they differ.</summary>
    /// <param name="text">The output to check. Line endings do not matter.</param>
    /// <param name="sourceFile">Filled in by the compiler: the test's source file, whose folder holds the snapshots.</param>
    /// <param name="method">Filled in by the compiler: the calling method, used for the name outside an NUnit test.</param>
    public static void Verify(string text, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var location = Locate(sourceFile, method, TextSnapshot.Extension);
        Report(TextSnapshot.Verify(text, location, SnapshotSettings.FromEnvironment()));
    }

    /// <summary>
    /// Checks <paramref name="image"/> against the test's <c>.verified.png</c> file, failing the test if they differ by more
    /// than <paramref name="tolerance"/>. On a mismatch a difference heat map, <c>.received.diff.png</c>, is saved too.
    /// </summary>
    /// <remarks>
    /// Image snapshots are 8-bit PNG files: values are rounded to whole numbers and clipped to 0..255 (NaN becomes 0)
    /// before they are saved and compared. Stretch or scale images with other ranges first, or check them with assertions.
    /// </remarks>
    /// <param name="image">The image to check, grayscale or RGB.</param>
    /// <param name="tolerance">How much the image may differ; null means <see cref="ImageTolerance.Default"/> (ignores off-by-one rounding).</param>
    /// <param name="sourceFile">Filled in by the compiler: the test's source file, whose folder holds the snapshots.</param>
    /// <param name="method">Filled in by the compiler: the calling method, used for the name outside an NUnit test.</param>
    /// <example>
    /// <code>
    /// Snapshot.Verify(Filters.Sobel(image));                         // ImageTolerance.Default
    /// Snapshot.Verify(Filters.Resize(image, 2), ImageTolerance.Lenient);
    /// </code>
    /// </example>
    public static void Verify(Image image, ImageTolerance? tolerance = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(image);
        var location = Locate(sourceFile, method, ImageSnapshot.Extension);
        Report(ImageSnapshot.Verify(image, tolerance ?? ImageTolerance.Default, location, SnapshotSettings.FromEnvironment()));
    }

    /// <summary>Finds the files of the running test's snapshot.</summary>
    internal static SnapshotLocation Locate(string sourceFile, string method, string extension) =>
        SnapshotLocation.Resolve(
            sourceFile,
            SnapshotName.ForCurrentTest(sourceFile, method),
            extension,
            AppContext.BaseDirectory,
            SnapshotLocation.RecordedProjectDirectory());

    /// <summary>Turns a result into a pass (with a note when accepted) or a test failure.</summary>
    internal static void Report(SnapshotResult result)
    {
        if (!result.Passed)
        {
            Assert.Fail(result.Message);
        }

        if (result.Message.Length > 0)
        {
            TestContext.Out.WriteLine(result.Message);
        }
    }
}
