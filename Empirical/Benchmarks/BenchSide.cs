namespace Adam.Verification.Empirical.Benchmarks;

/// <summary>
/// One implementation timed by <c>adamv bench train</c> (the C# engine, PyTorch through tools/torch_bench.py,
/// TorchSharp in process): per workload, a function that runs it once and returns the seconds it took.
/// </summary>
/// <param name="Name">The column name.</param>
/// <param name="Runs">The workloads it has (mlp, lenet, gradient, hvp, adam, copy), each run once per call.</param>
public sealed record BenchSide(string Name, IReadOnlyDictionary<string, Func<double>> Runs);
