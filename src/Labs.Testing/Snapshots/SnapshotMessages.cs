namespace Labs.Testing.Snapshots;

/// <summary>The wording of snapshot failures, in one place so that every kind of snapshot explains itself the same way.</summary>
internal static class SnapshotMessages
{
    /// <summary>How to accept received files; ends every failure message.</summary>
    public const string AcceptHint =
        "If the received output is right, accept it: run `LABS_ACCEPT_SNAPSHOTS=1 dotnet test` or `scripts/accept-snapshots`, then commit the .verified file.";

    /// <summary>The message for a snapshot that has no verified file yet.</summary>
    public static string NoVerifiedFile(string kind, string name, string received, string verified) =>
        $"{kind} {name} has no verified file yet, so this run's output was saved for you to check.\n"
        + $"Received: {received}\n"
        + $"Verified: {verified} (does not exist yet)\n"
        + AcceptHint;

    /// <summary>The message for a snapshot whose output differs from its verified file.</summary>
    public static string Mismatch(string kind, string name, string difference, string received, string verified, string? extra = null) =>
        $"{kind} {name} does not match its verified file: {difference}\n"
        + $"Received: {received}\n"
        + $"Verified: {verified}\n"
        + (extra is null ? string.Empty : extra + "\n")
        + AcceptHint;

    /// <summary>The note written to the test output when a snapshot was accepted.</summary>
    public static string Accepted(string kind, string name, string verified) =>
        $"{kind} {name} accepted ({SnapshotSettings.AcceptVariable} is set): wrote {verified}";
}
