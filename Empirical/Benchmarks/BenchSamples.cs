namespace Adam.Verification.Empirical.Benchmarks;

/// <summary>The timed repeats of one workload on one side, with their median and spread.</summary>
/// <param name="Seconds">The repeats, in the order they ran.</param>
public sealed record BenchSamples(IReadOnlyList<double> Seconds)
{
    /// <summary>The median.</summary>
    public double Median
    {
        get
        {
            double[] s = [.. Seconds.Order()];
            return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
        }
    }

    /// <summary>The spread: half the range (max − min)/2 relative to the median.</summary>
    public double RelativeSpread => (Seconds.Max() - Seconds.Min()) / 2 / Median;
}
