namespace Labs.Grading.Compilation;

/// <summary>How serious a compiler message is.</summary>
public enum CompilerMessageSeverity
{
    /// <summary>The code could not be compiled because of it.</summary>
    Error,

    /// <summary>The code compiled, but something looks wrong.</summary>
    Warning,
}
