using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Schedules;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// <c>amsgrad-fixes-reddi-long-horizon</c> (Reddi, Kale &amp; Kumar 2018, §5 and Theorem 4 [SRC];
/// docs/claims.md#amsgrad-fixes-reddi-long-horizon), statistical, expected Held: the §5 contrast where it does hold, away
/// from the published setting (which <see cref="AmsGradFixesReddiClaim"/> measures). On the §5 problems (online period 101 and stochastic 1010 w.p. 0.01, else −10;
/// β = (0.9, 0.99)), AMSGrad in each of its three forms — amsgrad-pytorch (max of v, bias-corrected after),
/// amsgrad-optax (max of v̂) and amsgrad-reddi (Algorithm 2: max of v, no bias correction, ε inside the root) — ends
/// near x* = −1: the tail mean (last 10%) is ≤ −0.9 online after T = 1e6 steps, and the mean over stochastic paths of the
/// tail mean after T = 1e7 steps is ≤ −0.5 (in the lower half, nearer x* than the worst point) with its margin of k SE;
/// Adam (Kingma–Ba) at the same step ends ≥ 0.9 online.
/// The step is α_t = 0.5/√t: at the published α = 0.1 AMSGrad's drift toward −1 is too slow for an affordable horizon
/// (measured online tail means −0.39 / −0.20 / −0.49 at T = 1e6), which is stated rather than hidden.
/// The mean over paths is the statistic, not "the fraction of paths ≤ −0.9": that fraction's true value lies near 0.95
/// for some forms (measured 0.943 / 0.973 / 0.975 over pooled seeds), so any threshold there would be a coin toss; and a
/// few percent of amsgrad-optax's stochastic paths are still near −0.2 at T = 1e7 (its maximum of v̂ ratchets up at every
/// burst of 1010s), so the mean over 20 paths can sit at −0.91 ± 0.04: −0.9 would be a coin toss too, −0.5 is not.
/// Paths: 20 / 40 / 100.
/// </summary>
public sealed class AmsGradLongHorizonClaim : StatisticalClaim
{
    /// <summary>T of the online run.</summary>
    public const long OnlineSteps = 1_000_000;

    /// <summary>T of the stochastic runs.</summary>
    public const long StochasticSteps = 10_000_000;

    /// <summary>α in α_t = α/√t.</summary>
    public const double Alpha = 0.5;

    /// <summary>The online tail-mean threshold −0.9 (and +0.9 for the Adam contrast).</summary>
    public const double Threshold = 0.9;

    /// <summary>The threshold of the stochastic paths' mean tail: −0.5.</summary>
    public const double StochasticThreshold = -0.5;

    private readonly IReadOnlyList<AdamPreset> _forms;

    /// <summary>Creates the claim; <paramref name="forms"/> defaults to the three AMSGrad presets (Kingma–Ba here plants "the maximum dropped").</summary>
    public AmsGradLongHorizonClaim(IReadOnlyList<AdamPreset>? forms = null)
    {
        _forms = forms ?? [AdamPresets.AmsGradPyTorch, AdamPresets.AmsGradOptax, AdamPresets.AmsGradReddi];
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "amsgrad-fixes-reddi-long-horizon",
        Citation: new("Reddi, Kale & Kumar, ICLR 2018", "§5 (synthetic experiments) and Theorem 4", "[SRC]; α = 0.5 and the horizons are ours (stated in the claim)"),
        Statement: "On Reddi's §5 problems with β = (0.9, 0.99) and α_t = 0.5/√t, each AMSGrad form ends near x* = −1 (tail mean of the last 10% ≤ −0.9 online at T = 1e6, and its mean over stochastic paths ≤ −0.5 at T = 1e7) while Adam ends near +1.",
        Hypotheses: "The §5 problems (x* = −1); projection onto [−1, 1]; x1 = 0; β1 < √β2 for every form.",
        Variant: $"{AdamPresets.AmsGradPyTorch.Name}, {AdamPresets.AmsGradOptax.Name}, {AdamPresets.AmsGradReddi.Name} (contrast: {AdamPresets.KingmaBa.Name})",
        ExpectedVerdict: Verdict.Held,
        Cases: CaseBudget.Of(level => ReddiStochasticClaim.PathsFor(level)))
    {
        Presets = [AdamPresets.AmsGradPyTorch, AdamPresets.AmsGradOptax, AdamPresets.AmsGradReddi, AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "about Reddi et al.'s §5 constructions only."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("AMSGrad's maximum dropped (Kingma–Ba passed off as AMSGrad)", FaultTarget.Update, () => new AmsGradLongHorizonClaim([AdamPresets.KingmaBa]), Cases: 4),
    ];

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var checks = new List<SubCheck>();
        var unmet = new List<string>();
        IStepSchedule schedule = InversePowerSchedule.InverseSqrt(Alpha);
        foreach (AdamPreset form in _forms)
        {
            AdamOptions options = form.Template.With(alpha: Alpha);
            if (!(options.Beta1 < Math.Sqrt(options.Beta2)))
            {
                unmet.Add($"{form.Name}: β1 ≥ √β2");
            }

            double[] tails = ReddiSyntheticRuns.Stochastic(options, samples, StochasticSteps, settings.Seed, schedule);
            double online = ReddiSyntheticRuns.OnlineTailMean(options, OnlineSteps, schedule);
            checks.Add(SubCheck.Exact($"{form.Name}: online tail mean", online, -Threshold, Direction.AtMost));
            checks.Add(SubCheck.Mean($"{form.Name}: stochastic tail mean over {samples} paths (max {tails.Max():F4})", MonteCarloSummary.Of(tails), StochasticThreshold, Direction.AtMost));
        }

        AdamOptions adam = AdamPresets.KingmaBa.Template.With(alpha: Alpha);
        checks.Add(SubCheck.Exact("contrast kingma-ba at the same step: online tail mean", ReddiSyntheticRuns.OnlineTailMean(adam, OnlineSteps, schedule), Threshold, Direction.AtLeast));
        return new Measurement(checks, samples * _forms.Count, unmet, []);
    }
}
