using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-gamma-indefinite</c> (arXiv 2309.08339 §1: its sufficient condition "doesn't necessitate … positive
/// definiteness of Γ_t", Γ_t = √v̂_t/α_t − √v̂_(t−1)/α_(t−1) [SRC]; the check and the proof [REC];
/// docs/claims.md#constant-step-gamma-indefinite), expected Held. With a constant α, Γ_t,i &lt; 0 exactly when
/// g_t,i² &lt; v̂_(t−1),i (v̂ is a running weighted mean of g²), so Γ_t ⪰ 0 at every step keeps every |g_t,i| at or above
/// c·|g_1,i| (<see cref="DropLevel"/>): Γ_t has a negative entry no later than the first step at which a coordinate falls
/// below that level. On the runs of <see cref="ConstantStepGradientsVanishClaim"/> (β1 = 0, a fixed α &lt; 2ρ/K: the
/// gradients are square-summable) the gradients do fall, so the constant-step guarantee holds without (B1)'s Γ_t ⪰ 0,
/// and only an update whose v̂ never decreases (AMSGrad) keeps it. Runs where no coordinate falls are trivial cases.
/// Budgets: the generated cases of <see cref="ConstantStepGradientsVanishClaim"/>, 100 / 300 / 3,000.
/// </summary>
public sealed class ConstantStepGammaIndefiniteClaim : InstanceClaim<StepFractionInstance>
{
    /// <summary>
    /// A drop counts below (1 − 10⁻⁶)·c·|g_1,i|: then g_t,i² falls short of v̂_(t−1),i by a relative 2·10⁻⁶ at least, and the
    /// step moves v̂ by at least (1 − β2)·2·10⁻⁶ ≥ 2·10⁻¹⁰ of itself (β2 ≤ 0.9999), far above rounding.
    /// </summary>
    public const double DropMargin = 1e-6;

    private static readonly ConstantStepGradientsVanishClaim Runs = new();

    private readonly GammaIndefiniteFault _fault;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault (<see cref="GammaIndefiniteFault.None"/>: the claim).</summary>
    public ConstantStepGammaIndefiniteClaim(GammaIndefiniteFault fault = GammaIndefiniteFault.None)
    {
        _fault = fault;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update is AMSGrad (v̂ replaced by its running maximum), whose Γ_t is ⪰ 0 by construction", FaultTarget.Update, () => new ConstantStepGammaIndefiniteClaim(GammaIndefiniteFault.AmsGradUpdate)),
        new PlantedFault("the Γ_t oracle differences the running maximum of √v̂ instead of √v̂", FaultTarget.Oracle, () => new ConstantStepGammaIndefiniteClaim(GammaIndefiniteFault.RunningMaximumOracle)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "constant-step-gamma-indefinite",
        Citation: new("arXiv 2309.08339", "§1, (B1) and the sufficient condition (p. 3): no positive definiteness of Γ_t needed", "[SRC] statement; check and proof [REC] docs/claims.md#constant-step-gamma-indefinite"),
        Statement: "With a constant α, Γ_t = (√v̂_t − √v̂_{t−1})/α ⪰ 0 at every step keeps every gradient coordinate at or above c·|g_{1,i}| (c = 1 with bias correction, √(1−β2) without), so Γ_t has a negative entry no later than the first step at which a coordinate falls below that level; on runs whose gradients vanish (β1 = 0, a fixed α < 2ρ/K) it falls, so constant-step convergence holds without Γ_t ⪰ 0.",
        Hypotheses: "as constant-step-gradients-vanish: L K-smooth with L ≥ L*; β1 = 0; 0 < α < 2ρ/K; ρ > 0 added to √v̂ (not inside the root, not the ε̂ form); ‖∇L(w0)‖ > 0.",
        Variant: "β1 = 0 (RMSProp-like), ρ added to √v̂, bias correction on or off, constant α, no AMSGrad",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(100, 300, 3_000))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1, AdamPresets.KingmaBa],
        Networks = new(NetworkUse.Estimated, "as constant-step-gradients-vanish: the runs are the ones whose convergence that claim proves for α < 2ρ/K, and on networks K̂ does not bound the curvature those runs meet (15 of 30 exceeded it in an exploratory run); no network cases run yet."),
    };

    /// <inheritdoc/>
    public override StepFractionInstance Generate(SeededRandom random) => Runs.Generate(random);

    /// <inheritdoc/>
    public override string? UnmetHypothesis(StepFractionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        string? unmet = Runs.UnmetHypothesis(instance);
        if (unmet is not null)
        {
            return unmet;
        }

        IObjective f = instance.Case.Objective();
        var g = new double[f.Dimension];
        f.Gradient(instance.Case.Start, g);
        return g.All(gi => gi == 0) ? "∇L(w0) = 0 (the run never moves)" : null;
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(StepFractionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ConstantStepInstance c = instance.Case;
        IObjective f = c.Objective();
        double alpha = instance.StepFraction * ConstantStepBound.MonotoneStepLimit(c.Rho, f.Facts.SmoothnessK!.Value);
        AmsGradForm form = _fault != GammaIndefiniteFault.AmsGradUpdate ? AmsGradForm.None : c.BiasCorrection ? AmsGradForm.MaxOfBiasCorrectedV : AmsGradForm.MaxOfV;
        var options = new AdamOptions(alpha: alpha, beta1: 0, beta2: c.Beta2, epsilon: c.Rho, biasCorrection: c.BiasCorrection, amsGrad: form);
        double level = DropLevel(c.Beta2, c.BiasCorrection) * (1 - DropMargin);
        int d = f.Dimension;
        var state = new AdamState(d);
        double[] w = [.. c.Start];
        var g = new double[d];
        var first = new double[d];
        var root = new double[d];
        long negativeSteps = 0, firstNegative = 0, firstDrop = 0;
        double startNorm = 0, endNorm = 0;
        for (long t = 1; t <= c.Horizon; t++)
        {
            f.Gradient(w, g);
            endNorm = VectorMath.Norm(g);
            if (t == 1)
            {
                startNorm = endNorm;
                g.CopyTo(first, 0);
            }

            AdamUpdate.Step(options, state, w, g, alpha);
            bool negative = false;
            for (int i = 0; i < d; i++)
            {
                if (firstDrop == 0 && Math.Abs(g[i]) < level * Math.Abs(first[i]))
                {
                    firstDrop = t;
                }

                double now = Math.Sqrt(AdamUpdate.SecondMoment(options, state, i));
                if (_fault == GammaIndefiniteFault.RunningMaximumOracle)
                {
                    now = Math.Max(now, root[i]);
                }

                // Γ_t,i = (√v̂_t,i − √v̂_(t−1),i)/α, from t = 2 (v̂_0 = 0 is no step's denominator).
                negative |= t > 1 && now < root[i];
                root[i] = now;
            }

            if (negative)
            {
                negativeSteps++;
                firstNegative = firstNegative == 0 ? t : firstNegative;
            }
        }

        string detail = string.Create(CultureInfo.InvariantCulture, $"{f.Name}: α = {alpha:G4} = {instance.StepFraction:G3}·2ρ/K; first gradient drop below {level:G3}·|g_1,i| at t = {(firstDrop == 0 ? "never" : firstDrop.ToString(CultureInfo.InvariantCulture))}; Γ_t has a negative entry at {negativeSteps} of {c.Horizon} steps, first at t = {(firstNegative == 0 ? "never" : firstNegative.ToString(CultureInfo.InvariantCulture))}; ‖∇L‖ from {startNorm:G4} to {endNorm:G4}");
        if (firstDrop == 0)
        {
            // No coordinate fell below its level: the statement asks nothing of this run.
            return new CaseOutcome(true, 0, detail) { Trivial = true };
        }

        // The observable is first negative Γ / first drop (> 1: Γ stayed ⪰ 0 past the drop; a run with no negative Γ
        // scores T + 1 over the drop).
        double observable = (firstNegative == 0 ? c.Horizon + 1 : firstNegative) / (double)firstDrop;
        return new CaseOutcome(firstNegative != 0 && firstNegative <= firstDrop, observable, detail);
    }

    /// <summary>
    /// c: under Γ_t ⪰ 0 at every step, v̂ never decreases, so every later g_t,i² ≥ v̂_(t−1),i ≥ v̂_1,i, which is g_1,i²
    /// with bias correction and (1 − β2)·g_1,i² without; a coordinate's gradient below c·|g_1,i| therefore needs a
    /// negative Γ no later than that step.
    /// </summary>
    public static double DropLevel(double beta2, bool biasCorrection) => biasCorrection ? 1 : Math.Sqrt(1 - beta2);

    /// <inheritdoc/>
    public override IEnumerable<StepFractionInstance> Shrink(StepFractionInstance instance) => Runs.Shrink(instance);

    /// <inheritdoc/>
    public override string Describe(StepFractionInstance instance) => Runs.Describe(instance);
}
