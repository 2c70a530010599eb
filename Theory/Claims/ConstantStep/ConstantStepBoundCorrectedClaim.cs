using Adam.Verification.Theory.Optimizers;
namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-bound-corrected</c> (docs/claims.md#constant-step-bound-corrected [REC], proved for β1 = 0), expected Held:
/// min_t ‖∇L(w_t)‖ ≤ √max(1, γ∞+ρ)·(2Kδ²(L0−L*)/T)^{1/4}, because ⟨g, d⟩ ≥ ‖g‖²/(γ∞+ρ) when √v_i ≤ γ∞.
/// </summary>
public sealed class ConstantStepBoundCorrectedClaim : ConstantStepBoundClaim
{
    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault in the Algorithm 1 runs (null: none).</summary>
    public ConstantStepBoundCorrectedClaim(Algorithm1Fault? fault = null)
        : base(fault)
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update takes 30× Theorem 1's α", FaultTarget.Update, () => new ConstantStepBoundCorrectedClaim(new Algorithm1Fault(StepScale: 30))),
        new PlantedFault("K reported 10⁴× too small (the bound and the step trust it)", FaultTarget.Oracle, () => new ConstantStepBoundCorrectedClaim(new Algorithm1Fault(ReportedKScale: 1e-4))),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "constant-step-bound-corrected",
        Citation: SharedCitation,
        Statement: "For β1 = 0, Algorithm 1 with α = √(2(L0−L*)/(Kδ²T)) satisfies min_{t≤T} ‖∇L(w_t)‖ ≤ √max(1, γ∞+ρ)·(2Kδ²(L0−L*)/T)^{1/4}, γ∞ = sup max_i |∂_i L|.",
        Hypotheses: "L K-smooth, ‖∇L‖ ≤ γ, |∂_i L| ≤ γ∞, minimum L*; β1 = 0; ρ > 0.",
        Variant: SharedVariant,
        ExpectedVerdict: Verdict.Held,
        Cases: SharedCases)
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.Estimated, "constant-step-bound-corrected@networks: the bound needs K, γ, γ∞ and L*; on a network K is estimated by Algorithm 2 (checked against the curvature at w0), γ and γ∞ are the suprema over the run's own iterates and L* its known lower bound, so the verdict is \"under estimated K\"."),
    };

    /// <inheritdoc/>
    protected override double Bound(double asPrinted, double corrected) => corrected;
}
