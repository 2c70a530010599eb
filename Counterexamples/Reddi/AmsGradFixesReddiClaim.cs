using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// <c>amsgrad-fixes-reddi</c> (Reddi, Kale &amp; Kumar 2018, §5 [SRC]; docs/claims.md#amsgrad-fixes-reddi), statistical,
/// in the published setting: β = (0.9, 0.99), α_t = 0.1/√t, F = [−1, 1], x1 = 0, at T = 2·10⁵ (the horizon at which
/// <c>reddi-stochastic</c> shows Adam at +1). The statement is §5's: each AMSGrad form — amsgrad-pytorch, amsgrad-optax,
/// amsgrad-reddi — ends near x* = −1 (tail mean of the last 10% ≤ −0.9 online, and averaged over stochastic paths)
/// while Adam (Kingma–Ba) ends near +1. Expected verdict: Refuted, because that is what the measurement gives: at this
/// step and horizon AMSGrad has moved toward −1 online but is far from it (tail means about −0.3 / −0.2 / −0.4), and on
/// the stochastic problem most paths are still near +1 (mean tail about +0.7). Each sub-check carries its distance to −1.
/// Where the contrast does hold (α_t = 0.5/√t, T = 10⁶ and 10⁷) is <see cref="AmsGradLongHorizonClaim"/>.
/// Paths: 20 / 40 / 100.
/// </summary>
public sealed class AmsGradFixesReddiClaim : StatisticalClaim
{
    /// <summary>T of the online and stochastic runs.</summary>
    public const long Steps = ReddiStochasticClaim.Steps;

    /// <summary>The tail-mean threshold −0.9 ("near −1"; +0.9 for the Adam contrast), as in <c>reddi-stochastic</c>.</summary>
    public const double Threshold = 0.9;

    private readonly Box? _feasible;

    /// <summary>Creates the claim; <paramref name="feasible"/> replaces the AMSGrad runs' feasible set (only a planted fault does).</summary>
    public AmsGradFixesReddiClaim(Box? feasible = null)
    {
        _feasible = feasible;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "amsgrad-fixes-reddi",
        Citation: new("Reddi, Kale & Kumar, ICLR 2018", "§5 (synthetic experiments)", "[SRC] setting and statement; T = 2e5 and the −0.9 reading of \"near −1\" [REC]"),
        Statement: "In §5's published setting (β = (0.9, 0.99), α_t = 0.1/√t, F = [−1, 1], x1 = 0), each AMSGrad form ends near x* = −1 by T = 2e5 (tail mean of the last 10% ≤ −0.9 online, and on average over stochastic paths) while Adam ends near +1.",
        Hypotheses: "The §5 problems (x* = −1); projection onto [−1, 1]; x1 = 0; β1 < √β2 for every form.",
        Variant: $"{AdamPresets.AmsGradPyTorch.Name}, {AdamPresets.AmsGradOptax.Name}, {AdamPresets.AmsGradReddi.Name} (contrast: {AdamPresets.KingmaBa.Name})",
        ExpectedVerdict: Verdict.Refuted,
        Cases: CaseBudget.Of(level => ReddiStochasticClaim.PathsFor(level)))
    {
        Presets = [AdamPresets.AmsGradPyTorch, AdamPresets.AmsGradOptax, AdamPresets.AmsGradReddi, AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "about Reddi et al.'s §5 constructions only."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the AMSGrad runs project onto [−1, −0.95] instead of F = [−1, 1] (the iterate pinned next to x*)", FaultTarget.Construction, () => new AmsGradFixesReddiClaim(new Box(-1, -0.95)), Cases: 4),
    ];

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var checks = new List<SubCheck>();
        var unmet = new List<string>();
        foreach (AdamPreset form in (AdamPreset[])[AdamPresets.AmsGradPyTorch, AdamPresets.AmsGradOptax, AdamPresets.AmsGradReddi])
        {
            AdamOptions options = ReddiSyntheticRuns.Configure(form.Template);
            if (!(options.Beta1 < Math.Sqrt(options.Beta2)))
            {
                unmet.Add($"{form.Name}: β1 ≥ √β2");
            }

            double online = ReddiSyntheticRuns.OnlineTailMean(form.Template, Steps, feasible: _feasible);
            double[] tails = ReddiSyntheticRuns.Stochastic(form.Template, samples, Steps, settings.Seed, feasible: _feasible);
            MonteCarloSummary stochastic = MonteCarloSummary.Of(tails);
            checks.Add(SubCheck.Exact(string.Create(CultureInfo.InvariantCulture, $"{form.Name}: online tail mean (distance to −1: {online + 1:F3})"), online, -Threshold, Direction.AtMost));
            checks.Add(SubCheck.Mean(string.Create(CultureInfo.InvariantCulture, $"{form.Name}: stochastic tail mean over {samples} paths (distance to −1: {stochastic.Mean + 1:F3}; {tails.Count(x => x >= Threshold)} paths still ≥ +0.9)"), stochastic, -Threshold, Direction.AtMost));
        }

        checks.Add(SubCheck.Exact("contrast kingma-ba: online tail mean", ReddiSyntheticRuns.OnlineTailMean(AdamPresets.KingmaBa.Template, Steps), Threshold, Direction.AtLeast));
        return new Measurement(checks, samples * 3, unmet, []);
    }
}
