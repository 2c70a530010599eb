using Adam.Verification.Empirical.Benchmarks;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// Interleaved benchmarking: one warm-up per side and workload, then every repeat runs each workload on each side with
/// the sides' order rotated; medians and spreads are computed from the repeats only.
/// </summary>
public sealed class InterleavedBenchTests
{
    [Fact]
    public void Repeats_interleave_with_rotated_side_order_after_one_warm_up()
    {
        var calls = new List<string>();
        double[] times = [0.3, 0.1, 0.2];
        int k = 0;
        Func<double> Run(string label) => () =>
        {
            calls.Add(label);
            return times[k++ % 3];
        };
        var a = new BenchSide("A", new Dictionary<string, Func<double>> { ["w"] = Run("A"), ["only-a"] = Run("a") });
        var b = new BenchSide("B", new Dictionary<string, Func<double>> { ["w"] = Run("B") });
        IReadOnlyDictionary<(string Side, string Workload), BenchSamples> samples = InterleavedBench.Run([a, b], ["w", "only-a", "missing"], 2);

        Assert.Equal(["A", "a", "B", "A", "B", "a", "B", "A", "a"], calls);
        Assert.Equal(2, samples[("A", "w")].Seconds.Count);
        Assert.Equal(2, samples[("B", "w")].Seconds.Count);
        Assert.False(samples.ContainsKey(("B", "only-a")));
        Assert.False(samples.ContainsKey(("A", "missing")));
    }

    [Fact]
    public void Median_and_spread()
    {
        var s = new BenchSamples([3.0, 1.0, 2.0]);
        Assert.Equal(2.0, s.Median);
        Assert.Equal(0.5, s.RelativeSpread, 12);
        Assert.Equal(2.5, new BenchSamples([1.0, 4.0, 2.0, 3.0]).Median);
    }
}
