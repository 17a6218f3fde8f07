using System.Text;
using Labs.Grading.Execution.Protocol;

namespace Labs.Grading.Host;

/// <summary>Writes sealed records to the grader, numbered in order, each on a line of its own.</summary>
internal sealed class RecordWriter(Stream output, byte[] key)
{
    private readonly Lock _gate = new();
    private long _sequence;

    public void Write(HostRecord record)
    {
        lock (_gate)
        {
            _sequence++;
            // The leading newline starts a fresh line even when student code printed half a line just before.
            var line = "\n" + RecordSeal.Seal(record with { Sequence = _sequence }, key) + "\n";
            output.Write(Encoding.ASCII.GetBytes(line));
            output.Flush();
        }
    }

    public void Flush()
    {
        lock (_gate)
        {
            output.Flush();
        }
    }
}
