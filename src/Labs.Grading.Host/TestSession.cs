using Labs.Grading.Execution.Protocol;

namespace Labs.Grading.Host;

/// <summary>Runs the requested hidden tests and reports each start and result as a sealed record.</summary>
internal static class TestSession
{
    public static int Run(AssemblyProbe probe, HostRequest request, RecordWriter writer)
    {
        NUnitSession.Load(probe.TestAssemblies);
        var listener = new GradingListener(writer, probe, request);
        listener.WatchExceptions();
        writer.Write(new HostRecord { Kind = HostRecord.Ready });
        NUnitSession.Run(listener, request.Tests);
        writer.Write(new HostRecord { Kind = HostRecord.Done });
        return 0;
    }
}
