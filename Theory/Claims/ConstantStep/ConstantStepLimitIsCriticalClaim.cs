using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-limit-is-critical</c> (arXiv 2309.08339 §3: "with a fixed step size α_t = α &gt; 0, if w_t → w*, then
/// ‖∇L(w_t)‖ → 0", in a quantitative form [REC]; docs/claims.md#constant-step-limit-is-critical), expected Held. With a
/// constant α, the update w_{t+1} − w_t = −α·m̂_t/(√v̂_t + ρ) can be solved for m_t, and g_t = (m_t − β1·m_{t−1})/(1 − β1),
/// so for every t ≥ 0 and coordinate i (Δ_t = w_t − w_{t−1}, Δ_0 = 0)
/// <code>|∂_i L(w_t)| ≤ (G_{t,i} + ρ)(|Δ_{t+1,i}| + β1|Δ_{t,i}|) / (α(1 − β1)),  G_{t,i} = max_{s≤t} |∂_i L(w_s)|:</code>
/// iterates that converge (Δ → 0, G bounded) end at a critical point, whatever β1 &lt; 1 (<see cref="StepBoundedGradient"/>
/// measures it, each step with one to two ulps of slack). Checked at every t &lt; 1,000 on every family with a known K, α = u·2ρ/K
/// with u log-uniform in [0.05, 20] (descent not required), β1 ~ U[0, 0.99), β2 ~ U[0, 0.9999), bias correction on or
/// off; tolerance 1e-9 relative. Budgets: 100 / 300 / 3,000 cases.
/// </summary>
public sealed class ConstantStepLimitIsCriticalClaim : InstanceClaim<StepFractionInstance>
{
    /// <summary>Steps per case.</summary>
    public const long Steps = 1_000;

    /// <summary>The ratio r of the planted schedule α_t = α·r^(t−1).</summary>
    public const double DecayRatio = 0.99;

    private readonly LimitIsCriticalFault _fault;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault (<see cref="LimitIsCriticalFault.None"/>: the claim).</summary>
    public ConstantStepLimitIsCriticalClaim(LimitIsCriticalFault fault = LimitIsCriticalFault.None)
    {
        _fault = fault;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update's step decays, α_t = α·0.99^(t−1) (summable), although the statement's is constant", FaultTarget.Schedule, () => new ConstantStepLimitIsCriticalClaim(LimitIsCriticalFault.DecayingStep)),
        new PlantedFault("the bound leaves out the momentum term β1|Δ_{t,i}|", FaultTarget.Oracle, () => new ConstantStepLimitIsCriticalClaim(LimitIsCriticalFault.MomentumTermDropped)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "constant-step-limit-is-critical",
        Citation: new("arXiv 2309.08339", "§3: with a fixed α, w_t → w* implies ‖∇L(w_t)‖ → 0 (quantitative form)", "[SRC] statement; bound [REC] docs/claims.md#constant-step-limit-is-critical"),
        Statement: "With a fixed α > 0 and any β1 ∈ [0, 1), Adam's gradient is bounded by its steps, coordinate by coordinate: |∂_i L(w_t)| ≤ (G_{t,i} + ρ)(|w_{t+1,i} − w_{t,i}| + β1|w_{t,i} − w_{t−1,i}|)/(α(1 − β1)) at every t, G_{t,i} = max_{s≤t} |∂_i L(w_s)|; so if w_t → w* (and G stays bounded), ∇L(w*) = 0.",
        Hypotheses: "L differentiable with a continuous gradient; α > 0 constant; β1 ∈ [0, 1); β2 ∈ [0, 1); ρ > 0, added to √v̂ outside the root (not inside it, not the ε̂ form); bias correction on or off.",
        Variant: "any β1 < 1, ρ added to √v̂, bias correction on or off, constant α (no bound on α)",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(100, 300, 3_000))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1, AdamPresets.KingmaBa],
        Networks = new(NetworkUse.Checked, "constant-step-limit-is-critical@networks: the bound needs no constant (only the run's own gradients and steps), so it is checked as it stands, at every step of full-batch training of generated networks."),
    };

    /// <inheritdoc/>
    public override StepFractionInstance Generate(SeededRandom random) => StepFractionCases.Draw(random, Steps, r => r.Uniform(0, 0.99), r => Math.Exp(r.Uniform(Math.Log(0.05), Math.Log(20))));

    /// <inheritdoc/>
    public override string? UnmetHypothesis(StepFractionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Case.Beta1 >= 1 || instance.Case.Beta2 >= 1 || !instance.Case.RhoIsAbsolute ? "β1 or β2 outside [0, 1), or ρ not absolute" : instance.Case.MissingFacts(needsGradientBound: false, needsOptimalValue: false);
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(StepFractionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ConstantStepInstance c = instance.Case;
        IObjective f = c.Objective();
        double alpha = instance.StepFraction * ConstantStepBound.MonotoneStepLimit(c.Rho, f.Facts.SmoothnessK!.Value);
        var options = new AdamOptions(alpha: alpha, beta1: c.Beta1, beta2: c.Beta2, epsilon: c.Rho, biasCorrection: c.BiasCorrection);
        Func<long, double> step = _fault == LimitIsCriticalFault.DecayingStep ? t => alpha * Math.Pow(DecayRatio, t - 1) : _ => alpha;
        StepBoundRun run = StepBoundedGradient.Measure(f, f, c.Start, options, alpha, step, _fault != LimitIsCriticalFault.MomentumTermDropped, c.Horizon);
        return new CaseOutcome(
            run.WorstRatio <= 1,
            run.WorstRatio,
            string.Create(CultureInfo.InvariantCulture, $"{f.Name}: α = {alpha:G4} = {instance.StepFraction:G3}·2ρ/K; largest |∂_i L|/bound {run.WorstRatio:G4} at t = {run.WorstStep}, i = {run.WorstCoordinate}; at the end ‖Δ‖∞ = {run.LastStep:G3}, ‖∇L‖∞ = {run.LastGradient:G3} (largest {run.LargestGradient:G4}){(run.Finite ? string.Empty : "; the run overflowed and was checked up to there")}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<StepFractionInstance> Shrink(StepFractionInstance instance) => StepFractionCases.Shrink(instance);

    /// <inheritdoc/>
    public override string Describe(StepFractionInstance instance) => StepFractionCases.Describe(instance);
}
