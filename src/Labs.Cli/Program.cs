using Labs.Cli;

return await LabsCommand.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
