using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-bound-momentum</c> (docs/claims.md#constant-step-bound-momentum), statistical, no proof: the corrected bound with
/// β1 ~ U[0, ε/(ε+γ)) where ε is the bound's own value (Theorem 1's hypothesis β1 &lt; ε/(ε+γ)). With the diagonal
/// preconditioner ⟨g_t, m_t/(√v_t+ρ)⟩ &gt; 0 is not guaranteed, so a Held verdict here is evidence, not a theorem.
/// </summary>
public sealed class ConstantStepBoundMomentumClaim : ConstantStepBoundClaim
{
    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault in the Algorithm 1 runs (null: none).</summary>
    public ConstantStepBoundMomentumClaim(Algorithm1Fault? fault = null)
        : base(fault)
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update takes 30× Theorem 1's α", FaultTarget.Update, () => new ConstantStepBoundMomentumClaim(new Algorithm1Fault(StepScale: 30))),
        new PlantedFault("K reported 10⁴× too small (the bound and the step trust it)", FaultTarget.Oracle, () => new ConstantStepBoundMomentumClaim(new Algorithm1Fault(ReportedKScale: 1e-4))),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "constant-step-bound-momentum",
        Citation: SharedCitation,
        Statement: "No proof (statistical check): with momentum β1 < ε/(ε+γ), ε the corrected bound's value, Algorithm 1 still satisfies min_{t≤T} ‖∇L(w_t)‖ ≤ √max(1, γ∞+ρ)·(2Kδ²(L0−L*)/T)^{1/4}.",
        Hypotheses: "as constant-step-bound-corrected, with 0 ≤ β1 < ε/(ε+γ) for ε = the corrected bound.",
        Variant: SharedVariant,
        ExpectedVerdict: Verdict.Held,
        Cases: SharedCases)
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.Estimated, "as constant-step-bound-corrected, and the momentum bound β1 < ε/(ε+γ) also needs γ: a network verdict would be \"under estimated K\"; no network cases run yet."),
    };

    /// <inheritdoc/>
    protected override double Bound(double asPrinted, double corrected) => corrected;

    /// <inheritdoc/>
    protected override double DrawBeta1(ConstantStepInstance draft, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.NextDouble() * Limit(draft);
    }

    /// <inheritdoc/>
    protected override string? MomentumHypothesis(ConstantStepInstance instance) =>
        instance.Beta1 < Limit(instance) ? null : "β1 ≥ ε/(ε+γ)";

    private static double Limit(ConstantStepInstance instance)
    {
        Algorithm1Run probe = Algorithm1Run.Execute(instance with { Horizon = 1 }, alphaOverride: 0);
        double epsilon = Bounds.ConstantStepBound.Corrected(probe.SmoothnessK, probe.Delta, Math.Max(probe.Gap, double.Epsilon), instance.Horizon, probe.CoordinateGamma, probe.Rho);
        return epsilon / (epsilon + probe.Gamma);
    }
}
