using System.Collections.Concurrent;
using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// <c>zhang-divergence-region</c> (Zhang, Chen, Shi, Sun &amp; Luo, NeurIPS 2022, Thm 2 [SRC talk]; on the RECONSTRUCTED
/// function of docs/claims.md#zhang-divergence-region; P3.1–P3.2), expected Held: where the drift oracle says D &lt; −k·SE the full run diverges
/// (x_K ≥ 2 and x_K/x_{K/4} ∈ [1.5, 2.6], growth like √K), and where D &gt; k·SE it converges (|x_K + 2| ≤ 0.05).
/// Nothing is asserted inside the k-SE margin. K = max(2·10⁴, 400/D²) epochs, so the predicted displacement
/// 0.2·|D|·√K is at least 4; points needing more than 4·10⁵ epochs do not meet the hypotheses (drift too weak to be
/// realised in budget). Cases: n ∈ {5, 10}, β1 ~ U[0, 0.95), 1−β2 log-uniform on [10⁻³, 0.7]. Budgets: 12 / 60 / 400.
/// </summary>
public sealed class ZhangDivergenceRegionClaim : InstanceClaim<ZhangRegionInstance>
{
    /// <summary>
    /// The SE margin a drift must clear to count as decided: k = Φ⁻¹(1 − 10⁻⁴/400) ≈ 4.9, so that over the thorough
    /// budget's 400 cases the probability that any case's drift sign is misread is ≤ 10⁻⁴ (the same k at every budget).
    /// </summary>
    public static readonly double Margin = Theory.Claims.Statistical.ErrorControl.Margin(400);

    /// <summary>The largest run, in epochs.</summary>
    public const long MaxEpochs = 400_000;

    private readonly ConcurrentDictionary<ZhangRegionInstance, DriftEstimate> _drifts = new();
    private readonly double _driftSign;

    /// <summary>Creates the claim; <paramref name="driftSign"/> multiplies D (1; −1 plants a flipped sign convention).</summary>
    public ZhangDivergenceRegionClaim(double driftSign = 1)
    {
        _driftSign = driftSign;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the drift oracle's sign flipped", FaultTarget.Oracle, () => new ZhangDivergenceRegionClaim(driftSign: -1)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "zhang-divergence-region",
        Citation: new("Zhang, Chen, Shi, Sun & Luo, NeurIPS 2022 (arXiv 2208.09632)", "Theorem 2 (divergence region)", "[SRC talk]; function RECONSTRUCTED [REC] docs/claims.md#zhang-divergence-region; drift criterion [REC]"),
        Statement: "On the reconstructed Zhang sum, RR Adam with η_k = 0.1/√k diverges (x_K ≥ 2, growing like √K) where the drift D < −k·SE, and converges (|x_K + 2| ≤ 0.05) where D > k·SE (k ≈ 4.9: any misread sign among 400 cases has probability ≤ 1e-4).",
        Hypotheses: "|D| > k·SE, k ≈ 4.9 (≥ 2000 epochs a path after a burn-in of 20/(1−β2) steps, 4 paths); 400/D² ≤ 4·10⁵ epochs.",
        Variant: "Kingma–Ba (bias-corrected, ε = 1e-8 outside √v̂), random reshuffling, m and v carried across epochs",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(12, 60, 400))
    {
        Presets = [AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "about the reconstructed Zhang finite sum and its drift map in (β1, β2)."),
    };

    /// <inheritdoc/>
    public override ZhangRegionInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int n = random.Bernoulli(0.5) ? 5 : 10;
        double gap = Math.Exp(random.Uniform(Math.Log(1e-3), Math.Log(0.7)));
        return new ZhangRegionInstance(n, random.Uniform(0, 0.95), 1 - gap, random.NextUInt64(), random.NextUInt64());
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(ZhangRegionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        DriftEstimate d = Drift(instance);
        if (d.DecidedSign(Margin) == 0)
        {
            return "inside the k-SE margin";
        }

        return Epochs(d) > MaxEpochs ? "drift too weak to be realised in 4·10⁵ epochs" : null;
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(ZhangRegionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        DriftEstimate d = Drift(instance);
        long k = Epochs(d);
        double[] x = ZhangRun.Run(ZhangDrift.Variant(instance.Beta1, instance.Beta2), instance.N, k, instance.RunSeed, [k / 4, k]);
        if (d.Mean < 0)
        {
            double ratio = x[1] / x[0];
            bool ok = x[1] >= 2 && ratio >= 1.5 && ratio <= 2.6;
            return new CaseOutcome(ok, 2 / Math.Max(x[1], 1e-300), string.Create(CultureInfo.InvariantCulture, $"{d} < −k·SE: predicted divergence; x = {x[0]:G5} at epoch {k / 4}, {x[1]:G5} at epoch {k} (ratio {ratio:G3}; √4 = 2 expected)"));
        }

        double error = Math.Abs(x[1] + 2);
        return new CaseOutcome(error <= 0.05, error / 0.05, string.Create(CultureInfo.InvariantCulture, $"{d} > k·SE: predicted convergence; |x_K + 2| = {error:G4} at epoch {k} (≤ 0.05 required)"));
    }

    /// <inheritdoc/>
    public override string Describe(ZhangRegionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Describe();
    }

    private static long Epochs(DriftEstimate d) => (long)Math.Max(20_000, Math.Ceiling(400 / (d.Mean * d.Mean)));

    private DriftEstimate Drift(ZhangRegionInstance instance) => _drifts.GetOrAdd(instance, i =>
    {
        DriftEstimate d = ZhangDrift.Estimate(i.Beta1, i.Beta2, i.N, i.DriftSeed);
        return d with { Mean = _driftSign * d.Mean };
    });
}
