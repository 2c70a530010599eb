using System.Globalization;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Theory.Claims.Statistical;

/// <summary>
/// One statistical sub-check of a claim: an estimate with its standard error (or a binomial count) compared with a
/// threshold. With margin k it <see cref="SubCheckOutcome.Passes"/> when the interval estimate ± k·SE (Wilson at z = k
/// for a count) lies wholly on the claimed side, <see cref="SubCheckOutcome.Fails"/> when it lies wholly on the other
/// side, and is <see cref="SubCheckOutcome.Undecided"/> otherwise. A deterministic quantity has SE 0.
/// </summary>
/// <param name="Name">What is compared, e.g. "amsgrad-optax: mean stochastic tail".</param>
/// <param name="Estimate">The estimate (for a count, the observed proportion).</param>
/// <param name="StandardError">Its standard error (0 for a deterministic quantity).</param>
/// <param name="Threshold">The threshold the claim states.</param>
/// <param name="Direction">Which side the claim puts the quantity on.</param>
/// <param name="Successes">For a binomial sub-check, the successes (else null).</param>
/// <param name="Trials">For a binomial sub-check, the trials (else null).</param>
public sealed record SubCheck(string Name, double Estimate, double StandardError, double Threshold, Direction Direction, int? Successes = null, int? Trials = null)
{
    /// <summary>A sub-check on a Monte Carlo mean.</summary>
    public static SubCheck Mean(string name, MonteCarloSummary summary, double threshold, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new SubCheck(name, summary.Mean, summary.StandardError, threshold, direction);
    }

    /// <summary>A sub-check on a deterministic quantity (no sampling error).</summary>
    public static SubCheck Exact(string name, double value, double threshold, Direction direction) =>
        new(name, value, 0, threshold, direction);

    /// <summary>A binomial sub-check: the success probability is at least (or at most) <paramref name="claimedRate"/>.</summary>
    public static SubCheck Proportion(string name, int successes, int trials, double claimedRate, Direction direction) =>
        new(name, (double)successes / trials, Math.Sqrt(Math.Max(successes * (double)(trials - successes), 1) / trials) / trials, claimedRate, direction, successes, trials);

    /// <summary>
    /// A sub-check on the ratio A/B of two independent Monte Carlo means, with the delta-method standard error
    /// (A/B)·√((SE_A/A)² + (SE_B/B)²).
    /// </summary>
    public static SubCheck Ratio(string name, MonteCarloSummary numerator, MonteCarloSummary denominator, double threshold, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        double r = numerator.Mean / denominator.Mean;
        double rel = Math.Sqrt(Math.Pow(numerator.StandardError / numerator.Mean, 2) + Math.Pow(denominator.StandardError / denominator.Mean, 2));
        return new SubCheck(name, r, Math.Abs(r) * rel, threshold, direction);
    }

    /// <summary>The two-sided interval at margin <paramref name="k"/> (Wilson for a count).</summary>
    public (double Lower, double Upper) Interval(double k) =>
        Successes is int s && Trials is int n
            ? ErrorControl.Wilson(s, n, k)
            : (Estimate - (k * StandardError), Estimate + (k * StandardError));

    /// <summary>The outcome at margin <paramref name="k"/>.</summary>
    public SubCheckOutcome Judge(double k)
    {
        if (!double.IsFinite(Estimate) || double.IsNaN(StandardError))
        {
            return SubCheckOutcome.Fails;
        }

        (double lower, double upper) = Interval(k);
        return Direction == Direction.AtMost
            ? upper <= Threshold ? SubCheckOutcome.Passes : lower > Threshold ? SubCheckOutcome.Fails : SubCheckOutcome.Undecided
            : lower >= Threshold ? SubCheckOutcome.Passes : upper < Threshold ? SubCheckOutcome.Fails : SubCheckOutcome.Undecided;
    }

    /// <summary>
    /// The smallest violation this sub-check detects with 95% probability, in the quantity's units: (k + z₀.₉₅)·SE
    /// beyond the threshold (0 for a deterministic quantity).
    /// </summary>
    public double DetectableShift(double k) => (k + ErrorControl.PowerQuantile) * StandardError;

    /// <summary>One line: name, estimate, interval at k, threshold and outcome.</summary>
    public string Describe(double k)
    {
        (double lower, double upper) = Interval(k);
        string sign = Direction == Direction.AtMost ? "≤" : "≥";
        string value = Successes is int s && Trials is int n
            ? string.Create(CultureInfo.InvariantCulture, $"{s}/{n} = {Estimate:G4}, Wilson [{lower:G4}, {upper:G4}]")
            : StandardError == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{Estimate:G6} (exact)")
                : string.Create(CultureInfo.InvariantCulture, $"{Estimate:G6} ± {StandardError:G3}, interval [{lower:G6}, {upper:G6}]");
        return string.Create(CultureInfo.InvariantCulture, $"{Name}: {value} vs {sign} {Threshold:G6}: {Judge(k).ToString().ToLowerInvariant()}");
    }
}
