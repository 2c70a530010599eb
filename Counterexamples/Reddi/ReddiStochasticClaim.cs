using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// <c>reddi-stochastic</c> (Reddi, Kale &amp; Kumar 2018, Theorem 3 and §5 [SRC]; docs/claims.md#reddi-stochastic),
/// statistical, expected Held: on f_t = 1010x with probability 0.01, else −10x, over [−1, 1] (x* = −1), Adam with
/// β = (0.9, 0.99), α_t = 0.1/√t, x1 = 0 ends near the worst point: the mean over paths of the tail mean (x_t over the
/// last 10% of T = 2e5 steps) is ≥ 0.9 with its margin of k SE, for Reddi's ADAM and for Kingma–Ba; the online §5
/// problem (period 101) ends with its tail mean ≥ 0.9. Paths: 20 / 40 / 100 (one vector step for all paths).
/// </summary>
public sealed class ReddiStochasticClaim : StatisticalClaim
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
    public override ClaimDefinition Definition { get; } = new(
        Id: "reddi-stochastic",
        Citation: new("Reddi, Kale & Kumar, ICLR 2018", "Theorem 3 and §5 (synthetic experiments)", "[SRC] construction; T and threshold [REC]"),
        Statement: "On f_t = 1010x w.p. 0.01, else −10x, over [−1, 1], Adam with β = (0.9, 0.99), α_t = 0.1/√t ends at the worst point: the mean over paths of the mean of x_t over the last 10% of 2e5 steps is ≥ 0.9.",
        Hypotheses: "β1 < √β2 (here 0.9 < √0.99); E f_t(x) = 0.1·x so x* = −1; projection onto [−1, 1]; x1 = 0.",
        Variant: $"{AdamPresets.ReddiAdam.Name} and {AdamPresets.KingmaBa.Name}",
        ExpectedVerdict: Verdict.Held,
        Cases: CaseBudget.Of(level => PathsFor(level)))
    {
        Presets = [AdamPresets.ReddiAdam, AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "a statement about one stochastic linear construction over [−1, 1]."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("AMSGrad's running maximum passed off as Adam", FaultTarget.Update, () => new ReddiStochasticClaim([AdamPresets.AmsGradPyTorch]), Cases: 4),
    ];

    /// <summary>Seeds for a budget.</summary>
    public static int PathsFor(BudgetLevel level) => level switch
    {
        BudgetLevel.Quick => 20,
        BudgetLevel.Standard => 40,
        _ => 100,
    };

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var checks = new List<SubCheck>();
        var unmet = new List<string>();
        foreach (AdamPreset variant in _variants)
        {
            if (!(variant.Template.Beta1 < Math.Sqrt(variant.Template.Beta2)))
            {
                unmet.Add($"{variant.Name}: β1 ≥ √β2");
            }

            double[] tails = ReddiSyntheticRuns.Stochastic(variant.Template, samples, Steps, settings.Seed);
            checks.Add(SubCheck.Mean($"{variant.Name}: stochastic tail mean over {samples} paths (min {tails.Min():F4})", MonteCarloSummary.Of(tails), Threshold, Direction.AtLeast));
            checks.Add(SubCheck.Exact($"{variant.Name}: online period-101 tail mean", ReddiSyntheticRuns.OnlineTailMean(variant.Template, Steps), Threshold, Direction.AtLeast));
        }

        return new Measurement(checks, samples * _variants.Count, unmet, []);
    }
}
