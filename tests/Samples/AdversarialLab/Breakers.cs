namespace AdversarialLab;

/// <summary>Student code that takes the test host down or holds it up.</summary>
public static class Breakers
{
    private static readonly List<double[]> Hoard = [];

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
}
