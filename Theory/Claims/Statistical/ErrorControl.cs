using MathNet.Numerics.Distributions;

namespace Adam.Verification.Theory.Claims.Statistical;

/// <summary>
/// The error budget of a statistical verdict. A claim with m one-sided sub-checks judges each with a margin of k
/// standard errors, k = Φ⁻¹(1 − α/m), so that by the union bound the probability that any sub-check lands on the wrong
/// side of its threshold by more than its margin — a false Held or a false Refuted — is at most α = <see cref="PerRunError"/>
/// per run (under the normal approximation of each estimate; binomial checks use the Wilson score interval at the same k).
/// </summary>
public static class ErrorControl
{
    /// <summary>α: the largest probability of a false decisive verdict per run of a claim (10⁻⁴).</summary>
    public const double PerRunError = 1e-4;

    /// <summary>The one-sided quantile for the 95% power statement (Φ⁻¹(0.95) ≈ 1.645).</summary>
    public static readonly double PowerQuantile = Normal.InvCDF(0, 1, 0.95);

    /// <summary>k = Φ⁻¹(1 − α/m) for <paramref name="subChecks"/> = m one-sided sub-checks.</summary>
    public static double Margin(int subChecks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(subChecks, 1);
        return Normal.InvCDF(0, 1, 1 - (PerRunError / subChecks));
    }

    /// <summary>
    /// The Wilson score interval for a proportion: (p̂ + z²/2n ∓ z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n).
    /// </summary>
    public static (double Lower, double Upper) Wilson(int successes, int trials, double z)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        double n = trials, p = successes / n, z2 = z * z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// The violation rate an instance claim detects with 95% probability after <paramref name="nonTrivialCases"/> = n
    /// independent non-trivial cases: p = 1 − 0.05^{1/n} (a rate p is missed with probability (1 − p)^n = 0.05).
    /// </summary>
    public static double DetectableRate(int nonTrivialCases) =>
        nonTrivialCases <= 0 ? 1 : 1 - Math.Pow(0.05, 1.0 / nonTrivialCases);

    /// <summary>
    /// The number of independent cases that find a violation of rate <paramref name="rate"/> with probability at least
    /// 1 − <paramref name="miss"/>: n = ⌈ln(miss)/ln(1 − rate)⌉.
    /// </summary>
    public static int CasesToFind(double rate, double miss = PerRunError)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        return rate >= 1 ? 1 : (int)Math.Ceiling(Math.Log(miss) / Math.Log(1 - rate));
    }
}
