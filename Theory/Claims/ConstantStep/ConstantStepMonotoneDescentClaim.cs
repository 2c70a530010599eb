using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-monotone-descent</c> (docs/claims.md#constant-step-monotone-descent [REC]), expected Held. For β1 = 0 and α ≤ 2ρ/K,
/// ‖d‖² ≤ ⟨g, d⟩/ρ gives L(w_{t+1}) ≤ L(w_t) − α(1 − Kα/(2ρ))⟨g, d⟩: the loss never increases, for any β2, with
/// or without bias correction. Checked for 400 steps with α = u·2ρ/K, u ~ U[0.05, 1), ρ log-uniform in [1e-3, 10],
/// on every family with a known K; tolerance 1e-12(1 + |L|). Budgets: 100 / 300 / 3,000 cases.
/// </summary>
public sealed class ConstantStepMonotoneDescentClaim : InstanceClaim<StepFractionInstance>
{
    /// <summary>Steps per case.</summary>
    public const long Steps = 400;

    private readonly double _stepLimitFactor;

    /// <summary>Creates the claim; <paramref name="stepLimitFactor"/> scales the limit 2ρ/K (1 = the claim; &gt; 1 plants a too-large step).</summary>
    public ConstantStepMonotoneDescentClaim(double stepLimitFactor = 1)
    {
        _stepLimitFactor = stepLimitFactor;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update takes 20× the step it is given (α = 20·fraction·2ρ/K)", FaultTarget.Update, () => new ConstantStepMonotoneDescentClaim(stepLimitFactor: 20)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "constant-step-monotone-descent",
        Citation: new("arXiv 2309.08339", "Algorithm 1, a descent property of the proof", "[REC] docs/claims.md#constant-step-monotone-descent"),
        Statement: "For β1 = 0 and α ≤ 2ρ/K, Algorithm 1 (with or without bias correction, any β2) never increases the loss: L(w_{t+1}) ≤ L(w_t).",
        Hypotheses: "L K-smooth; β1 = 0; 0 < α ≤ 2ρ/K; ρ > 0 added to √v̂ (not inside the root, not the ε̂ form).",
        Variant: "β1 = 0 (RMSProp-like), ρ added to √v̂, bias correction on or off",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(100, 300, 3_000))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1, AdamPresets.KingmaBa],
        Networks = new(NetworkUse.Estimated, "needs α ≤ 2ρ/K for the curvature the run meets, and K̂ is not that: in an exploratory run (not in the suite; 30 generated networks, β1 = 0, α = u·2ρ/K̂ with K̂ from Algorithm 2 at N = 16, 1,000 full-batch steps) the curvature along the run (power iteration every 100 steps) exceeded K̂ on 15 of 30 networks, by up to 13.6 times, and the loss rose on 6 of them. With K̂ this claim would be refuted by the estimate, not by the theorem; no network cases run yet (they wait for a certified upper bound on the curvature along the run)."),
    };

    /// <inheritdoc/>
    public override StepFractionInstance Generate(SeededRandom random) => StepFractionCases.Draw(random, Steps, _ => 0, r => r.Uniform(0.05, 1));

    /// <inheritdoc/>
    public override string? UnmetHypothesis(StepFractionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Case.Beta1 != 0 || instance.StepFraction is <= 0 or > 1 || !instance.Case.RhoIsAbsolute ? "β1 ≠ 0 or α outside (0, 2ρ/K]" : instance.Case.MissingFacts(needsGradientBound: false, needsOptimalValue: false);
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(StepFractionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        IObjective f = instance.Case.Objective();
        double k = f.Facts.SmoothnessK!.Value;
        double alpha = instance.StepFraction * _stepLimitFactor * ConstantStepBound.MonotoneStepLimit(instance.Case.Rho, k);
        var options = new Optimizers.AdamOptions(alpha: alpha, beta1: 0, beta2: instance.Case.Beta2, epsilon: instance.Case.Rho, biasCorrection: instance.Case.BiasCorrection);
        Trajectory run = Runner.Run(RunSpec.Deterministic(f, new Optimizers.AdamOptimizer(options, f.Dimension), new Schedules.ConstantSchedule(alpha), instance.Case.Start, instance.Case.Horizon) with { Record = RecordFields.Loss });
        double worst = double.NegativeInfinity;
        long worstT = 0;
        double[] losses = [.. run.Records.Select(r => r.Loss!.Value), run.FinalLoss ?? double.NaN];
        for (int t = 1; t < losses.Length; t++)
        {
            double excess = (losses[t] - losses[t - 1]) / (1e-12 * (1 + Math.Abs(losses[t - 1])));
            if (excess > worst || double.IsNaN(excess))
            {
                worst = excess;
                worstT = t;
            }
        }

        return new CaseOutcome(worst <= 1, worst, string.Create(CultureInfo.InvariantCulture, $"{f.Name}: α = {alpha:G4} = {instance.StepFraction:G3}·2ρ/K, largest increase {worst:G3}×1e-12(1+|L|) at t = {worstT}; L from {losses[0]:G6} to {losses[^1]:G6}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<StepFractionInstance> Shrink(StepFractionInstance instance) => StepFractionCases.Shrink(instance);

    /// <inheritdoc/>
    public override string Describe(StepFractionInstance instance) => StepFractionCases.Describe(instance);
}
