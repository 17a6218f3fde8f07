namespace Labs.Testing.Snapshots;

/// <summary>The wording of snapshot failures, in one place so that every kind of snapshot explains itself the same way.</summary>
internal static class SnapshotMessages
{
    /// <summary>How to accept received files; ends every failure message.</summary>
    public const string AcceptHint =
        "If the received output is right, accept it: run `LABS_ACCEPT_SNAPSHOTS=1 dotnet test` or `scripts/accept-snapshots`, then commit the .verified file.";

    /// <summary>Ends a failure when received files went to another folder (<c>LABS_RECEIVED_DIR</c>, as in a graded run).</summary>
    public const string ElsewhereNote =
        "This run keeps its output apart from the lab's files (a graded run), so there is nothing to accept here: run the lab's visible tests on your own machine to see the received and the verified file side by side.";

    /// <summary>The message for a snapshot that has no verified file yet.</summary>
    public static string NoVerifiedFile(string kind, string name, string received, string verified, bool receivedElsewhere = false) =>
        receivedElsewhere
            ? $"{kind} {name} has no verified file, so this run could not check it.\n{ElsewhereNote}"
            : $"{kind} {name} has no verified file yet, so this run's output was saved for you to check.\n"
                + $"Received: {received}\n"
                + $"Verified: {verified} (does not exist yet)\n"
                + AcceptHint;

    /// <summary>The message for a snapshot whose output differs from its verified file.</summary>
    public static string Mismatch(string kind, string name, string difference, string received, string verified, string? extra = null, bool receivedElsewhere = false) =>
        $"{kind} {name} does not match its verified file: {difference}\n"
        + (receivedElsewhere ? string.Empty : $"Received: {received}\nVerified: {verified}\n")
        + (extra is null ? string.Empty : extra + "\n")
        + (receivedElsewhere ? ElsewhereNote : AcceptHint);

    /// <summary>The note written to the test output when a snapshot was accepted.</summary>
    public static string Accepted(string kind, string name, string verified) =>
        $"{kind} {name} accepted ({SnapshotSettings.AcceptVariable} is set): wrote {verified}";
}
