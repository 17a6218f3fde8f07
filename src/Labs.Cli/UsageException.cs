namespace Labs.Cli;

/// <summary>A problem with the command line or the lab the instructor named; the message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
