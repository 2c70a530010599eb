using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// <c>positive-limit-rate-nonconvergence</c> (Dereich, Graeber &amp; Jentzen, arXiv 2407.08100, Thm 1.1's hypothesis
/// liminf γ_n &gt; 0 as reconstructed [REC]; docs/claims.md#positive-limit-rate-nonconvergence), statistical, expected
/// Held: rates that are never constant but tend to a positive limit, γ_n = 0.01 + 0.5/√n (0.51 at n = 1, tending to 0.01), keep
/// Adam from converging just as a constant rate does. The measurement is
/// <see cref="NonVanishingRateNonConvergenceClaim"/>'s (<see cref="NonVanishingRateNonConvergenceClaim.MeasureNonConvergence"/>)
/// with the prediction (1/|window|)Σ_n γ_n²·d(1−β1)/(1+β1) over n ∈ (N/2, N]: the window increment within [0.7, 1.3]
/// of it and the squared error not falling below half its value near n = 5e3, on the same six configurations. Paths: 400 / 1,000 / 4,000.
/// </summary>
public sealed class PositiveLimitRateNonConvergenceClaim : StatisticalClaim
{
    /// <summary>The limit γ∞ of the rates.</summary>
    public const double Limit = 0.01;

    /// <summary>c in γ_n = γ∞ + c/√n: large enough that the window mean of γ_n² is 1.67·γ∞², so a constant γ∞ is told apart.</summary>
    public const double Excess = 0.5;

    private readonly bool _floorDropped;
    private readonly bool _limitOnly;
    private readonly double _updateBeta1;

    /// <summary>Creates the claim.</summary>
    /// <param name="floorDropped">Plants a schedule fault: the update uses c/√n, without the limit γ∞ (its rates tend to 0).</param>
    /// <param name="updateBeta1">The β1 the update actually uses (0.9; 0 plants an update that dropped momentum).</param>
    /// <param name="limitOnly">Plants a schedule fault: the update runs at the constant limit γ∞, not at the decreasing γ_n.</param>
    public PositiveLimitRateNonConvergenceClaim(bool floorDropped = false, double updateBeta1 = NonVanishingRateNonConvergenceClaim.Beta1, bool limitOnly = false)
    {
        _floorDropped = floorDropped;
        _limitOnly = limitOnly;
        _updateBeta1 = updateBeta1;
    }

    /// <summary>The statement's rates γ_n = γ∞ + c/√n.</summary>
    public static IStepSchedule Rates { get; } = new FloorPlusSchedule(Limit, InversePowerSchedule.InverseSqrt(Excess));

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "positive-limit-rate-nonconvergence",
        Citation: new("Dereich, Graeber & Jentzen, arXiv 2407.08100", "Theorem 1.1's hypothesis liminf γ_n > 0 (rates that tend to a positive limit; as reconstructed)", "[REC]; heuristic constant (1/|window|)Σγ_n²·d(1−β1)/(1+β1) [REC]"),
        Statement: "Rates that only tend to a positive limit are enough: with γ_n = 0.01 + 0.5/√n, E‖Θ_n − Θ_(n−1)‖² over n ∈ (2e4, 4e4] stays within [0.7, 1.3] of the window mean of γ_n²·d(1−β1)/(1+β1), and E‖Θ_n − EX‖² does not fall below half its value near n = 5e3 (window means).",
        Hypotheses: "ℓ(θ, x) = ‖θ − x‖², d = 1, X i.i.d. with E‖X‖² < ∞ and not a.s. constant; sup J < ∞; sup γ_n < ∞ and liminf γ_n = 0.01 > 0 by construction, the rates never constant; β1² < β2 (checked).",
        Variant: "Kingma–Ba, β = (0.9, 0.999), ε = 1e-8, γ_n = 0.01 + 0.5/√n, Θ0 = 0",
        ExpectedVerdict: Verdict.Held,
        Cases: CaseBudget.Of(level => NonVanishingRateNonConvergenceClaim.PathsFor(level)))
    {
        Presets = [AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "as nonvanishing-rate-nonconvergence: its statement is the d = 1 quadratic loss with a closed-form prediction; the network statement of the paper is deep-network-nonconvergence."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update's rates drop the limit, γ_n = 0.5/√n (they tend to 0)", FaultTarget.Schedule, () => new PositiveLimitRateNonConvergenceClaim(floorDropped: true), Cases: 50),
        new PlantedFault("the update runs at the constant limit γ∞ = 0.01 instead of the decreasing γ_n", FaultTarget.Schedule, () => new PositiveLimitRateNonConvergenceClaim(limitOnly: true), Cases: 50),
        new PlantedFault("the update drops momentum (β1 = 0) while the statement assumes 0.9", FaultTarget.Update, () => new PositiveLimitRateNonConvergenceClaim(updateBeta1: 0), Cases: 50),
    ];

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples) =>
        NonVanishingRateNonConvergenceClaim.MeasureNonConvergence(Rates, _floorDropped ? InversePowerSchedule.InverseSqrt(Excess) : _limitOnly ? new ConstantSchedule(Limit) : Rates, _updateBeta1, 1, settings, samples);
}
