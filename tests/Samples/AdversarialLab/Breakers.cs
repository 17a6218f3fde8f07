namespace AdversarialLab;

/// <summary>Student code that takes the test host down or holds it up.</summary>
public static class Breakers
{
    private static readonly List<double[]> Hoard = [];
    private static readonly ManualResetEventSlim LaterTestStarted = new();
    private static readonly ManualResetEventSlim MemoryRanOut = new();

    /// <summary>Never returns.</summary>
    public static double LoopForever()
    {
        var x = 0.0;
        while (x >= 0)
        {
            x = Math.Abs(x + 1);
        }

        return x;
    }

    /// <summary>Ends the whole program with exit code 0, as if everything went well.</summary>
    public static double ExitQuietly()
    {
        Environment.Exit(0);
        return 0;
    }

    /// <summary>Recursion without a base case.</summary>
    public static double RecurseForever(double depth) => RecurseForever(depth + 1) + 1;

    /// <summary>Keeps every array it allocates until memory runs out.</summary>
    public static double AllocateForever()
    {
        while (true)
        {
            var block = new double[1 << 20];
            block[^1] = Hoard.Count;
            Hoard.Add(block);
        }
    }

    /// <summary>
    /// Starts a thread, which belongs to the calling test, that allocates until memory runs out once a later test calls
    /// <see cref="FailWhileAnEarlierTestRunsOutOfMemory"/>, and then lets the memory go.
    /// </summary>
    public static double LeaveAMemoryHogBehind()
    {
        var hog = new Thread(() =>
        {
            LaterTestStarted.Wait();
            var blocks = new List<double[]>();
            try
            {
                while (true)
                {
                    blocks.Add(new double[1 << 20]);
                    blocks[^1][0] = blocks.Count;
                }
            }
            catch (OutOfMemoryException)
            {
                blocks.Clear();
            }

            MemoryRanOut.Set();
        })
        {
            IsBackground = true,
        };
        hog.Start();
        return 1;
    }

    /// <summary>Wakes the thread an earlier test left behind, waits until it ran out of memory, then returns a wrong value.</summary>
    public static double FailWhileAnEarlierTestRunsOutOfMemory()
    {
        LaterTestStarted.Set();
        MemoryRanOut.Wait(TimeSpan.FromSeconds(20));
        return -1;
    }
}
