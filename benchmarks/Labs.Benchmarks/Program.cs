using BenchmarkDotNet.Running;

// Runs the benchmarks picked by the command line, e.g. `-- --filter '*'` for all of them.
BenchmarkSwitcher.FromAssembly(typeof(Labs.Benchmarks.Correlation5x5Benchmarks).Assembly).Run(args);
