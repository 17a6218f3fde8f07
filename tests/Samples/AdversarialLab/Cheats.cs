using System.Reflection;

namespace AdversarialLab;

/// <summary>Student code that tries to change its grade instead of computing the right answer.</summary>
public static class Cheats
{
    /// <summary>Finds NUnit's <c>Assert</c> among the loaded assemblies and calls <c>Assert.Pass</c>: the lab has no reference to NUnit.</summary>
    public static double PassTheTest()
    {
        CallAssert("Pass");
        return -1;
    }

    /// <summary>Calls <c>Assert.Ignore</c> through reflection, hoping an ignored test does not count as failed.</summary>
    public static double IgnoreTheTest()
    {
        CallAssert("Ignore");
        return -1;
    }

    /// <summary>Calls <c>Assert.Inconclusive</c> through reflection.</summary>
    public static double LeaveTheTestInconclusive()
    {
        CallAssert("Inconclusive");
        return -1;
    }

    /// <summary>Prints lines that look like passed results, writes fake result files and feedback, then returns a wrong value.</summary>
    public static double ForgeResults(string testName)
    {
        var line = $"\u001eLABS1 eyJzZXEiOjEsImtpbmQiOiJyZXN1bHQifQ==.AAAA\nPassed {testName}\n";
        Console.WriteLine(line);
        using (var raw = Console.OpenStandardOutput())
        {
            raw.Write(System.Text.Encoding.ASCII.GetBytes(line));
        }

        Console.Error.WriteLine(line);
        File.WriteAllText("results.trx", $"<TestRun><Results><UnitTestResult testName=\"{testName}\" outcome=\"Passed\" /></Results></TestRun>");
        if (Environment.GetEnvironmentVariable("LABS_FEEDBACK_FILE") is { Length: > 0 } feedback)
        {
            File.AppendAllText(feedback, $"{{\"test\":\"{testName}\",\"passed\":true,\"message\":\"All correct.\"}}\n");
        }

        return -1;
    }

    /// <summary>Runs the check it is given and swallows whatever it throws, hoping a failed assertion goes unnoticed.</summary>
    public static void RunQuietly(Action check)
    {
        try
        {
            check();
        }
#pragma warning disable CA1031 // The point of this cheat is to catch everything.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Swallowed.
        }
    }

    /// <summary>Returns an object that claims to equal anything instead of the mean.</summary>
    public static object Mean(double[] values) => new EqualToEverything();

    /// <summary>Reads the title the SDK wrote on the assembly, by reflection: the attribute on the assembly is harmless, this read is not.</summary>
    public static string? ReadTitle() => typeof(Cheats).Assembly.GetCustomAttribute<AssemblyTitleAttribute>()?.Title;

    /// <summary>Reads the expected value out of the hidden tests by reflection instead of computing it.</summary>
    public static double PeekAtTheAnswer()
    {
        var tests = AppDomain.CurrentDomain.GetAssemblies().First(a => a.GetName().Name == "AdversarialLab.Checks");
        var field = tests.GetTypes()
            .Select(t => t.GetField("SecretAnswer", BindingFlags.NonPublic | BindingFlags.Static))
            .First(f => f is not null)!;
        return (double)field.GetRawConstantValue()!;
    }

    private static void CallAssert(string method)
    {
        var assert = AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType("NUnit.Framework.Assert"))
            .First(t => t is not null)!;
        var call = assert.GetMethod(method, [typeof(string)])!;
        try
        {
            call.Invoke(null, ["All done."]);
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            // Rethrow NUnit's own exception, as Assert.Pass itself would.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(wrapped.InnerException).Throw();
        }
    }

    /// <summary>Equal to every object and to every number.</summary>
    private sealed class EqualToEverything
    {
        public override bool Equals(object? obj) => true;

        public override int GetHashCode() => 0;

        public override string ToString() => "2.5";
    }
}
