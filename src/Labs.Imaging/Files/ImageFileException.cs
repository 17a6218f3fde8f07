namespace Labs.Imaging;

/// <summary>
/// The one exception thrown when an image file cannot be loaded or saved. The message names the file, the reason and
/// what to do about it; <see cref="Problem"/> tells the reason to a program.
/// </summary>
/// <example>
/// <code>
/// try
/// {
///     var image = Image.Load("images/cat.png");
/// }
/// catch (ImageFileException e) when (e.Problem == ImageFileProblem.Missing)
/// {
///     Console.WriteLine(e.Message); // Cannot load 'images/cat.png': the file does not exist. ...
/// }
/// </code>
/// </example>
public sealed partial class ImageFileException : IOException
{
    /// <summary>Creates the exception for a file, a reason and a message.</summary>
    /// <param name="filePath">The path (or name) of the file, as the caller gave it.</param>
    /// <param name="problem">What went wrong.</param>
    /// <param name="message">The full message for the student, naming the file, the reason and the fix.</param>
    /// <param name="innerException">The lower-level error that caused this one, if any.</param>
    public ImageFileException(string filePath, ImageFileProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only; <see cref="FilePath"/> is empty and <see cref="Problem"/> is <see cref="ImageFileProblem.Corrupt"/>.</summary>
    public ImageFileException()
        : this(string.Empty, ImageFileProblem.Corrupt, "The image file could not be loaded or saved.")
    {
    }

    /// <summary>Creates the exception with a message only; <see cref="FilePath"/> is empty and <see cref="Problem"/> is <see cref="ImageFileProblem.Corrupt"/>.</summary>
    /// <param name="message">The message for the student.</param>
    public ImageFileException(string message)
        : this(string.Empty, ImageFileProblem.Corrupt, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause; <see cref="FilePath"/> is empty and <see cref="Problem"/> is <see cref="ImageFileProblem.Corrupt"/>.</summary>
    /// <param name="message">The message for the student.</param>
    /// <param name="innerException">The lower-level error that caused this one.</param>
    public ImageFileException(string message, Exception? innerException)
        : this(string.Empty, ImageFileProblem.Corrupt, message, innerException)
    {
    }

    /// <summary>The path of the file (or the name given to <see cref="ImageFile.Load(Stream, string)"/>), exactly as the caller wrote it.</summary>
    public string FilePath { get; }

    /// <summary>What went wrong, for code that wants to react to one reason only.</summary>
    public ImageFileProblem Problem { get; }
}
