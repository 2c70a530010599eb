namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-bound-as-printed</c> (docs/claims.md#constant-step-bound-as-printed), expected Refuted: min_t ‖∇L(w_t)‖ ≤ (2Kδ²(L0−L*)/T)^{1/4}
/// for Algorithm 1 with Theorem 1's α. The reconstructed proof gives this only with the factor √max(1, γ∞+ρ); the
/// factor-1 form fails when γ∞ + ρ &gt; 1, and the shrunk counterexample shows such a case.
/// </summary>
public sealed class ConstantStepBoundAsPrintedClaim : ConstantStepBoundClaim
{
    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault in the Algorithm 1 runs (null: none).</summary>
    public ConstantStepBoundAsPrintedClaim(Algorithm1Fault? fault = null)
        : base(fault)
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the gradient-norm oracle reads a zeroed buffer (records ‖∇L‖ = 0)", FaultTarget.Oracle, () => new ConstantStepBoundAsPrintedClaim(new Algorithm1Fault(RecordedNormScale: 0))),
    ];

    /// <inheritdoc/>
    public override string Id => "constant-step-bound-as-printed";

    /// <inheritdoc/>
    public override string Statement => "Algorithm 1 with α = √(2(L0−L*)/(Kδ²T)), δ = γ/ρ, satisfies min_{t≤T} ‖∇L(w_t)‖ ≤ (2Kδ²(L0−L*)/T)^{1/4} (the explicit rate as printed).";

    /// <inheritdoc/>
    public override string Hypotheses => "L K-smooth with ‖∇L‖ ≤ γ and minimum L*; β1 = 0 (inside the theorem's β1 < ε/(ε+γ)); ρ > 0; β2 ∈ [0, 1).";

    /// <inheritdoc/>
    public override Verdict ExpectedVerdict => Verdict.Refuted;

    /// <inheritdoc/>
    protected override double Bound(Algorithm1Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.AsPrintedBound;
    }
}
