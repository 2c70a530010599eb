using System.Globalization;

namespace Adam.Verification.Theory.Statistics;

/// <summary>
/// A Monte Carlo mean with its standard error SE = s/√n (s the sample standard deviation), count, minimum and
/// maximum. Statistical claims assert only with a margin of several SE (docs/claims.md#pitfall-statistical-margins).
/// </summary>
public sealed record MonteCarloSummary(double Mean, double StandardError, int Count, double Min, double Max)
{
    /// <summary>Summarises a sample (at least one value, all finite).</summary>
    public static MonteCarloSummary Of(IReadOnlyCollection<double> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Count == 0)
        {
            throw new ArgumentException("a Monte Carlo summary needs at least one value.", nameof(sample));
        }

        if (sample.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("a Monte Carlo sample contains NaN or ±∞.", nameof(sample));
        }

        double mean = sample.Average();
        double se = sample.Count > 1
            ? Math.Sqrt(sample.Sum(v => (v - mean) * (v - mean)) / (sample.Count - 1) / sample.Count)
            : double.PositiveInfinity;
        return new MonteCarloSummary(mean, se, sample.Count, sample.Min(), sample.Max());
    }

    /// <summary>The summary of the sample divided by <paramref name="scale"/> &gt; 0 (mean, SE, minimum and maximum alike).</summary>
    public MonteCarloSummary DividedBy(double scale)
    {
        if (!(scale > 0) || !double.IsFinite(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "a Monte Carlo summary is scaled by a positive finite number.");
        }

        return this with { Mean = Mean / scale, StandardError = StandardError / scale, Min = Min / scale, Max = Max / scale };
    }

    /// <summary>"mean ± SE (n = …)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Mean:G6} ± {StandardError:G3} (n = {Count})");
}
