using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-gradients-vanish</c> (arXiv 2309.08339 §3, "with a fixed α, ‖∇L(w_t)‖ → 0", in a quantitative
/// form [REC]; docs/claims.md#constant-step-gradients-vanish), expected Held. For β1 = 0 and a fixed 0 &lt; α &lt; 2ρ/K,
/// telescoping the descent step L(w_{t+1}) ≤ L(w_t) − α(1 − Kα/(2ρ))⟨g_t, d_t⟩ with ⟨g_t, d_t⟩ ≥ ‖g_t‖²/(G_T + ρ) gives,
/// for every T,
/// <code>Σ_{t&lt;T} ‖∇L(w_t)‖² ≤ (G_T + ρ)(L(w0) − L*) / (α(1 − Kα/(2ρ))),  G_T = max_{s&lt;T} ‖∇L(w_s)‖∞,</code>
/// so the gradients are square-summable and tend to 0 although the step does not decay. Checked at every prefix T ≤
/// 2,000 with α = u·2ρ/K, u ~ U[0.05, 0.95), ρ log-uniform in [1e-3, 10], on every family with a known K and L*;
/// tolerance 1e-9 relative. Budgets: 100 / 300 / 3,000 cases.
/// </summary>
public sealed class ConstantStepGradientsVanishClaim : InstanceClaim<StepFractionInstance>
{
    /// <summary>Steps per case.</summary>
    public const long Steps = 2_000;

    /// <summary>The largest step fraction u drawn (u = 1 makes the bound infinite).</summary>
    public const double LargestStepFraction = 0.95;

    private readonly GradientsVanishFault _fault;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault (<see cref="GradientsVanishFault.None"/>: the claim).</summary>
    public ConstantStepGradientsVanishClaim(GradientsVanishFault fault = GradientsVanishFault.None)
    {
        _fault = fault;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("ρ inside the root in the update (d = g/√(v̂ + ρ)): for ρ > 1 the effective ρ is √ρ < ρ, so α < 2ρ/K no longer keeps the steps descending", FaultTarget.Update, () => new ConstantStepGradientsVanishClaim(GradientsVanishFault.RhoInsideRoot)),
        new PlantedFault("the bound's G_T read from the current gradient instead of the run's maximum", FaultTarget.Oracle, () => new ConstantStepGradientsVanishClaim(GradientsVanishFault.CurrentGradientInBound)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "constant-step-gradients-vanish",
        Citation: new("arXiv 2309.08339", "§3: with a fixed α the gradients tend to 0 (quantitative form)", "[REC] docs/claims.md#constant-step-gradients-vanish"),
        Statement: "For β1 = 0 and a fixed 0 < α < 2ρ/K, Algorithm 1 (with or without bias correction, any β2) has square-summable gradients: Σ_{t<T} ‖∇L(w_t)‖² ≤ (G_T + ρ)(L(w0) − L*)/(α(1 − Kα/(2ρ))) for every T, G_T = max_{s<T} ‖∇L(w_s)‖∞; so ‖∇L(w_t)‖ → 0 while G_T stays bounded.",
        Hypotheses: "L K-smooth with L ≥ L*; β1 = 0; 0 < α < 2ρ/K; ρ > 0, added to √v̂ outside the root (not inside it, not the ε̂ form).",
        Variant: "β1 = 0 (RMSProp-like), ρ added to √v̂, bias correction on or off, constant α",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(100, 300, 3_000))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1, AdamPresets.KingmaBa],
        Networks = new(NetworkUse.Estimated, "as constant-step-monotone-descent: needs α < 2ρ/K for the curvature the run meets; in the same exploratory run (u ~ U(0.05, 0.95), 1,000 steps) Σ‖∇L‖² exceeded the bound with K̂ on 6 of 30 networks (the 6 whose loss rose), by up to 41 times the bound, so with K̂ this claim would be refuted by the estimate; no network cases run yet."),
    };

    /// <inheritdoc/>
    public override StepFractionInstance Generate(SeededRandom random) => StepFractionCases.Draw(random, Steps, _ => 0, r => r.Uniform(0.05, LargestStepFraction));

    /// <inheritdoc/>
    public override string? UnmetHypothesis(StepFractionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Case.Beta1 != 0 || instance.StepFraction is <= 0 or >= 1 || !instance.Case.RhoIsAbsolute ? "β1 ≠ 0, α outside (0, 2ρ/K), or ρ not absolute" : instance.Case.MissingFacts(needsGradientBound: false);
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(StepFractionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ConstantStepInstance c = instance.Case;
        IObjective f = c.Objective();
        double k = f.Facts.SmoothnessK!.Value;
        double lowest = f.Facts.OptimalValue!.Value;
        double alpha = instance.StepFraction * ConstantStepBound.MonotoneStepLimit(c.Rho, k);
        double descent = alpha * (1 - (k * alpha / (2 * c.Rho)));
        var options = new AdamOptions(
            alpha: alpha,
            beta1: 0,
            beta2: c.Beta2,
            epsilon: c.Rho,
            biasCorrection: c.BiasCorrection,
            epsilonPlacement: _fault == GradientsVanishFault.RhoInsideRoot ? EpsilonPlacement.InsideRoot : EpsilonPlacement.OutsideCorrectedRoot);
        var adam = new AdamOptimizer(options, f.Dimension);
        double[] w = [.. c.Start];
        var g = new double[f.Dimension];
        double gap = f.Value(w) - lowest;
        if (!(gap >= 0))
        {
            string why = double.IsNaN(gap) ? "L(w0) − L* is not a number" : string.Create(CultureInfo.InvariantCulture, $"L(w0) − L* = {gap:G4} < 0, so the objective's L* is not a lower bound and the bound (G_T + ρ)(L(w0) − L*)/(α(1 − Kα/(2ρ))) is negative");
            return new CaseOutcome(false, double.PositiveInfinity, $"{f.Name}: {why}");
        }

        double sum = 0, largest = 0, worst = double.NegativeInfinity, lastNorm = 0, tailLeast = double.PositiveInfinity;
        long worstT = 0;
        for (long t = 0; t < c.Horizon; t++)
        {
            f.Gradient(w, g);
            double squared = 0, current = 0;
            foreach (double gi in g)
            {
                squared += gi * gi;
                current = Math.Max(current, Math.Abs(gi));
            }

            sum += squared;
            largest = Math.Max(largest, current);
            lastNorm = Math.Sqrt(squared);
            if (2 * t >= c.Horizon)
            {
                tailLeast = Math.Min(tailLeast, lastNorm);
            }

            double scale = _fault == GradientsVanishFault.CurrentGradientInBound ? current : largest;
            double bound = (scale + c.Rho) * gap / descent;
            double ratio = sum / (bound * (1 + 1e-9) + double.Epsilon);
            if (ratio > worst || double.IsNaN(ratio))
            {
                worst = ratio;
                worstT = t + 1;
            }

            if (!double.IsFinite(squared))
            {
                break;
            }

            adam.Step(w, g, alpha);
        }

        double tailBound = Math.Sqrt(2 * (largest + c.Rho) * gap / (descent * c.Horizon));
        return new CaseOutcome(
            worst <= 1,
            worst,
            string.Create(CultureInfo.InvariantCulture, $"{f.Name}: α = {alpha:G4} = {instance.StepFraction:G3}·2ρ/K; largest Σ‖∇L‖²/bound {worst:G4} at T = {worstT}; G_T = {largest:G4}, L(w0) − L* = {gap:G4}; ‖∇L‖ at T = {lastNorm:G3}, least over the last half {tailLeast:G3} (≤ {tailBound:G3} by the bound)"));
    }

    /// <inheritdoc/>
    public override IEnumerable<StepFractionInstance> Shrink(StepFractionInstance instance) => StepFractionCases.Shrink(instance);

    /// <inheritdoc/>
    public override string Describe(StepFractionInstance instance) => StepFractionCases.Describe(instance);
}
