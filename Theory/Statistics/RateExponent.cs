using Adam.Verification.Theory.Randomness;
using MathNet.Numerics;

namespace Adam.Verification.Theory.Statistics;

/// <summary>
/// Fits the exponent b of a rate y(T) ∝ T^b from replicated measurements: at each horizon T_k there are n_k
/// independent runs. The point estimate is the least-squares slope of log(mean_k) against log T_k
/// (MathNet <c>Fit.Line</c>); the interval is a percentile bootstrap that resamples the runs within each horizon.
/// </summary>
public static class RateExponent
{
    /// <summary>Fits b with a bootstrap interval.</summary>
    /// <param name="horizons">T_k &gt; 0, at least two distinct.</param>
    /// <param name="samples">samples[k] are the positive measurements at T_k.</param>
    /// <param name="random">The bootstrap's generator.</param>
    /// <param name="level">Interval coverage in (0, 1).</param>
    /// <param name="resamples">Bootstrap resamples (≥ 100).</param>
    public static SlopeFit Fit(IReadOnlyList<double> horizons, IReadOnlyList<double[]> samples, SeededRandom random, double level = 0.95, int resamples = 2000)
    {
        ArgumentNullException.ThrowIfNull(horizons);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(random);
        if (horizons.Count < 2 || horizons.Count != samples.Count || horizons.Distinct().Count() < 2)
        {
            throw new ArgumentException("need at least two distinct horizons, each with its samples.");
        }

        if (horizons.Any(t => !(t > 0)) || samples.Any(s => s.Length == 0 || s.Any(v => !(v > 0) || !double.IsFinite(v))))
        {
            throw new ArgumentException("horizons and measurements must be positive and finite for a log–log fit.");
        }

        if (!(level > 0 && level < 1) || resamples < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(level), "the level must lie in (0, 1) and resamples be ≥ 100.");
        }

        double[] logT = horizons.Select(t => Math.Log(t)).ToArray();
        (double a, double b) = MathNet.Numerics.Fit.Line(logT, samples.Select(s => Math.Log(s.Average())).ToArray());
        var slopes = new double[resamples];
        var means = new double[horizons.Count];
        for (int r = 0; r < resamples; r++)
        {
            for (int k = 0; k < samples.Count; k++)
            {
                double[] s = samples[k];
                double sum = 0;
                for (int j = 0; j < s.Length; j++)
                {
                    sum += s[random.NextInt(s.Length)];
                }

                means[k] = Math.Log(sum / s.Length);
            }

            slopes[r] = MathNet.Numerics.Fit.Line(logT, means).B;
        }

        Array.Sort(slopes);
        double tail = (1 - level) / 2;
        double lower = MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile(slopes, tail);
        double upper = MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile(slopes, 1 - tail);
        return new SlopeFit(b, a, lower, upper, level, resamples);
    }
}
