using Labs.Grading.Execution.Protocol;

namespace Labs.Grading.Execution;

/// <summary>Something the grader noticed about a running test host.</summary>
internal abstract record HostEvent;

/// <summary>A record whose seal checked out and whose number follows the previous one.</summary>
internal sealed record RecordArrived(HostRecord Record) : HostEvent;

/// <summary>A line of unsealed text on standard output or error: printed by student code (or forged), display only.</summary>
internal sealed record TextPrinted(string Text) : HostEvent;

/// <summary>The host process ended.</summary>
internal sealed record HostExited(int ExitCode) : HostEvent;

/// <summary>Nothing arrived within the time the grader was willing to wait.</summary>
internal sealed record HostSilent : HostEvent;

/// <summary>The host process's memory grew past the backstop limit.</summary>
internal sealed record HostOverMemory(long Bytes) : HostEvent;
