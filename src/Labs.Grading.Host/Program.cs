using System.Text.Json;
using Labs.Grading.Execution.Protocol;

namespace Labs.Grading.Host;

/// <summary>
/// Entry point of the test host. Standard input holds two lines: the base64 key that seals every record, then the
/// JSON <see cref="HostRequest"/>. Both are read before any test or student assembly is loaded. Sealed records go to
/// standard output; everything else a test prints is captured per test or thrown away.
/// </summary>
internal static class Program
{
    private const int BadRequest = 2;
    private const int LoadFailed = 3;

    private static int Main()
    {
        var key = ReadKey();
        var request = ReadRequest();
        if (key is null || request is null)
        {
            return BadRequest;
        }

        var writer = new RecordWriter(Console.OpenStandardOutput(), key);
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);

        var probe = new AssemblyProbe(request);
        var loaded = probe.TryLoad(out var error);
        if (!loaded)
        {
            writer.Write(new HostRecord { Kind = HostRecord.Fatal, Message = error });
            writer.Flush();
            return LoadFailed;
        }

        var exitCode = request.Mode == HostRequest.ListMode
            ? TestDiscovery.List(probe, writer)
            : TestSession.Run(probe, request, writer);
        writer.Flush();

        // Ends the process even when student code left threads running.
        Environment.Exit(exitCode);
        return exitCode;
    }

    private static byte[]? ReadKey()
    {
        try
        {
            var key = Convert.FromBase64String(Console.In.ReadLine() ?? string.Empty);
            return key.Length == RecordSeal.KeyLength ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static HostRequest? ReadRequest()
    {
        try
        {
            return JsonSerializer.Deserialize(Console.In.ReadLine() ?? "null", ProtocolJson.Default.HostRequest);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
