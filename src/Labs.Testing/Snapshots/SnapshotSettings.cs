using DiffEngine;

namespace Labs.Testing.Snapshots;

/// <summary>
/// The choices a snapshot check depends on besides its files: whether to accept new output, and whether and how to
/// open a diff tool. <see cref="FromEnvironment"/> reads them from the machine; tests pass their own.
/// </summary>
/// <param name="Accept">True to write the received output as the verified snapshot and pass.</param>
/// <param name="DiffToolAllowed">True when a diff tool may be opened (a developer's machine).</param>
/// <param name="LaunchDiffTool">Opens a diff tool on (received, verified).</param>
internal sealed record SnapshotSettings(bool Accept, bool DiffToolAllowed, Action<string, string> LaunchDiffTool)
{
    /// <summary>The environment variable that accepts every new or changed snapshot: <c>LABS_ACCEPT_SNAPSHOTS=1</c>.</summary>
    public const string AcceptVariable = "LABS_ACCEPT_SNAPSHOTS";

    /// <summary>Verify's variable for the same purpose, honoured so that habits carry over.</summary>
    public const string VerifyAcceptVariable = "Verify_AutoVerify";

    /// <summary>Reads the settings from the environment of this process.</summary>
    public static SnapshotSettings FromEnvironment() =>
        new(AcceptRequested(), DiffToolAllowedHere(), LaunchWithDiffEngine);

    /// <summary>True when <c>LABS_ACCEPT_SNAPSHOTS</c> (or Verify's <c>Verify_AutoVerify</c>) is set to 1, true or yes.</summary>
    public static bool AcceptRequested() =>
        IsYes(Environment.GetEnvironmentVariable(AcceptVariable)) || IsYes(Environment.GetEnvironmentVariable(VerifyAcceptVariable));

    /// <summary>
    /// True only on a developer's machine: never on continuous integration or a build server (our own check and DiffEngine's),
    /// and never when DiffEngine is turned off (<c>DiffEngine_Disabled=true</c>).
    /// </summary>
    public static bool DiffToolAllowedHere() =>
        !LabsTesting.IsContinuousIntegration && !BuildServerDetector.Detected && !DiffRunner.Disabled;

    private static bool IsYes(string? value) =>
        value is not null && (value.Trim() == "1"
            || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase)
            || value.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase));

    private static void LaunchWithDiffEngine(string received, string verified) => DiffRunner.Launch(received, verified);
}
