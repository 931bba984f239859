using BenchmarkDotNet.Running;
using NewsModel.Benchmarks;

// The corpus location is resolved here, once, and handed to the benchmark processes through the environment.
var corpus = BenchmarkPages.ResolveCorpus(args, out var rest);
Environment.SetEnvironmentVariable(BenchmarkPages.CorpusVariable, corpus);
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkPages).Assembly).Run(rest);
