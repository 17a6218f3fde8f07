namespace Labs.Cli;

/// <summary>Reads the value that follows an option on the command line, for every <c>labs</c> command.</summary>
internal static class OptionValue
{
    /// <summary>The argument after <c>args[i]</c> (and moves <paramref name="i"/> onto it); a usage error naming <paramref name="command"/> when there is none.</summary>
    public static string Next(IReadOnlyList<string> args, ref int i, string command)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"{args[i]} needs a value, e.g. '{args[i]} …'. 'labs {command} --help' explains each option.");
        }

        i++;
        return args[i];
    }
}
