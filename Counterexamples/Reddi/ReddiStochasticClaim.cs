using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// <c>reddi-stochastic</c> (Reddi, Kale &amp; Kumar 2018, Theorem 3 and §5 [SRC]; CLAIMS.md §2c P2.3), statistical,
/// expected Held: on f_t = 1010x with probability 0.01, else −10x, over [−1, 1] (x* = −1), Adam with β = (0.9, 0.99),
/// α_t = 0.1/√t, x1 = 0 ends near the worst point: the mean of x_t over the last 10% of T = 2e5 steps is ≥ 0.9 for at
/// least 95% of the seeds, for Reddi's ADAM and for Kingma–Ba. The online §5 problem (period 101) is run beside it.
/// Paths: 20 / 40 / 100 (one vector step for all paths).
/// </summary>
public sealed class ReddiStochasticClaim : IClaim
{
    /// <summary>T.</summary>
    public const long Steps = 200_000;

    /// <summary>The tail-mean threshold 0.9.</summary>
    public const double Threshold = 0.9;

    private readonly IReadOnlyList<AdamPreset> _variants;

    /// <summary>Creates the claim; <paramref name="variants"/> defaults to Reddi's ADAM and Kingma–Ba (an AMSGrad preset here plants a fault).</summary>
    public ReddiStochasticClaim(IReadOnlyList<AdamPreset>? variants = null)
    {
        _variants = variants ?? [AdamPresets.ReddiAdam, AdamPresets.KingmaBa];
    }

    /// <inheritdoc/>
    public string Id => "reddi-stochastic";

    /// <inheritdoc/>
    public Citation Citation { get; } = new("Reddi, Kale & Kumar, ICLR 2018", "Theorem 3 and §5 (synthetic experiments)", "[SRC] construction; T, threshold and seeds CLAIMS.md §2c P2.3");

    /// <inheritdoc/>
    public string Statement => "On f_t = 1010x w.p. 0.01, else −10x, over [−1, 1], Adam with β = (0.9, 0.99), α_t = 0.1/√t ends at the worst point: the mean of x_t over the last 10% of 2e5 steps is ≥ 0.9 for ≥ 95% of seeds.";

    /// <inheritdoc/>
    public string Hypotheses => "β1 = 0.9 < √β2 = √0.99; E f_t(x) = 0.1·x so x* = −1; projection onto [−1, 1]; x1 = 0.";

    /// <inheritdoc/>
    public string Variant => string.Join(" and ", _variants.Select(v => v.Name));

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Verdict.Held;

    /// <summary>Seeds for a budget.</summary>
    public static int PathsFor(BudgetLevel level) => level switch
    {
        BudgetLevel.Quick => 20,
        BudgetLevel.Standard => 40,
        _ => 100,
    };

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        int paths = settings.CasesOverride ?? PathsFor(settings.Budget);
        var evidence = new List<string>();
        bool held = true;
        double worst = double.NegativeInfinity;
        foreach (AdamPreset variant in _variants)
        {
            double[] tails = ReddiSyntheticRuns.Stochastic(variant.Template, paths, Steps, settings.Seed);
            double online = ReddiSyntheticRuns.OnlineTailMean(variant.Template, Steps);
            int near = tails.Count(m => m >= Threshold);
            double fraction = near / (double)paths;
            held &= fraction >= 0.95 && online >= Threshold;
            worst = Math.Max(worst, 0.95 / Math.Max(fraction, 1e-9));
            evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{variant.Name}: {near}/{paths} stochastic tail means ≥ 0.9 (min {tails.Min():F4}; mean over seeds {MonteCarloSummary.Of(tails)}); online period-101 tail mean {online:F4}"));
        }

        return new ClaimResult(Id, Citation.ToString(), Statement, held ? Verdict.Held : Verdict.Refuted, ExpectedVerdict, paths * _variants.Count, paths * _variants.Count, settings.Seed, null, clock.Elapsed.TotalSeconds, worst, string.Join("; ", evidence) + ".");
    }
}
