using System.Globalization;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-reaches-epsilon</c> (arXiv 2309.08339 Theorem 1's conclusion, quantified by the corrected bound
/// [REC]), expected Held. With ρ comparable to γ (ρ ∈ {γ, 0.3γ}), β1 = 0 and a target ε ∈ {γ/2, γ/4, γ/8, γ/16}, the
/// budget is T(ε) = ⌈2Kδ²(L0−L*)·max(1, γ∞+ρ)²/ε⁴⌉ steps with α = √(2(L0−L*)/(Kδ²T(ε))); the claim is that some
/// t ≤ T(ε) has ‖∇L(w_t)‖ ≤ ε. Cases whose T(ε) exceeds 20,000 for every ε do not meet the hypotheses.
/// Instances from F2, F3, F5 with their exact K, L* and their γ. Budgets: 60 / 400 / 3,000 cases.
/// </summary>
public sealed class ConstantStepReachesEpsilonClaim : InstanceClaim<EpsilonTargetInstance>
{
    /// <summary>The largest budget T(ε) the claim runs.</summary>
    public const long MaxBudget = 20_000;

    private static readonly ObjectiveFamily[] Families = [ObjectiveFamily.CauchySum, ObjectiveFamily.PlantedCos, ObjectiveFamily.RastriginLike];
    private static readonly double[] RhoFactors = [1, 0.3];
    private static readonly double[] Divisors = [16, 8, 4, 2];

    private readonly double _budgetFactor;
    private readonly Algorithm1Fault _fault;

    /// <summary>Creates the claim.</summary>
    /// <param name="budgetFactor">Scales T(ε) (1 = the claim; a small factor plants a too-short budget).</param>
    /// <param name="fault">A fault planted in the Algorithm 1 runs (null: none).</param>
    public ConstantStepReachesEpsilonClaim(double budgetFactor = 1, Algorithm1Fault? fault = null)
    {
        _budgetFactor = budgetFactor;
        _fault = fault ?? Algorithm1Fault.None;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update takes a hundredth of Theorem 1's α", FaultTarget.Update, () => new ConstantStepReachesEpsilonClaim(fault: new Algorithm1Fault(StepScale: 0.01))),
        new PlantedFault("T(ε) computed a hundred times too short", FaultTarget.Oracle, () => new ConstantStepReachesEpsilonClaim(budgetFactor: 0.01)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "constant-step-reaches-epsilon",
        Citation: new("arXiv 2309.08339", "Theorem 1 (deterministic Adam reaches ‖∇L‖ ≤ ε)", "[SRC] statement; budget [REC] docs/claims.md#constant-step-bound-corrected"),
        Statement: "With ρ comparable to γ and β1 = 0, Algorithm 1 with Theorem 1's α for T(ε) = ⌈2Kδ²(L0−L*)·max(1, γ∞+ρ)²/ε⁴⌉ steps reaches ‖∇L(w_t)‖ ≤ ε for some t ≤ T(ε).",
        Hypotheses: "L K-smooth, ‖∇L‖ ≤ γ, minimum L*; ρ ∈ {γ, 0.3γ}; β1 = 0; T(ε) ≤ 20,000.",
        Variant: "2309.08339 Algorithm 1 (no bias correction, ρ outside the root)",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(60, 400, 3_000))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.Estimated, "T(ε) inverts the corrected bound, whose network form constant-step-bound-corrected@networks checks the same inequality under estimated K; the ε form would need γ∞ before the run to fix T(ε), and a network gives it only after; no network cases run yet."),
    };

    /// <summary>T(ε) for a case.</summary>
    public static double Budget(ConstantStepInstance instance, double epsilon)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Algorithm1Run probe = Algorithm1Run.Execute(instance with { Horizon = 1 }, alphaOverride: 0);
        double c = Math.Max(1, probe.CoordinateGamma + probe.Rho);
        return Math.Ceiling(2 * probe.SmoothnessK * probe.Delta * probe.Delta * probe.Gap * c * c / Math.Pow(epsilon, 4));
    }

    /// <inheritdoc/>
    public override EpsilonTargetInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ObjectiveFamily family = random.Choose(Families);
        ulong seed = random.NextUInt64();
        int d = random.NextInt(2, 10);
        IObjective f = ObjectiveGenerator.Draw(family, new SeededRandom(seed), d);
        double[] start = ConstantStepInstance.DrawStart(f, random.Uniform(0.5, 3), random);
        var instance = new ConstantStepInstance(family, seed, d, start, random.Choose(RhoFactors), false, 1, 0, random.Uniform(0.9, 0.9999), false);
        double gamma = f.Facts.GradientBound!.Value;
        double epsilon = gamma / 2;
        foreach (double divisor in Divisors)
        {
            if (Budget(instance, gamma / divisor) <= MaxBudget)
            {
                epsilon = gamma / divisor;
                break;
            }
        }

        return new EpsilonTargetInstance(instance with { Horizon = (long)Math.Min(Budget(instance, epsilon), MaxBudget + 1) }, epsilon);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(EpsilonTargetInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Case.Beta1 != 0 || instance.Case.RhoIsAbsolute)
        {
            return "not β1 = 0 with ρ relative to γ";
        }

        return instance.Case.Horizon > MaxBudget ? "T(ε) > 20,000 for every ε tried" : instance.Case.MissingFacts();
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(EpsilonTargetInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Algorithm1Run run = Algorithm1Run.Execute(instance.Case with { Horizon = Math.Max(1, (long)(instance.Case.Horizon * _budgetFactor)) }, fault: _fault);
        double ratio = run.MinGradientNorm / instance.Epsilon;
        return new CaseOutcome(ratio <= 1, ratio, string.Create(CultureInfo.InvariantCulture, $"ε = {instance.Epsilon:G4} (γ/{run.Gamma / instance.Epsilon:G3}), T(ε) = {instance.Case.Horizon}: min ‖∇L‖ = {run.MinGradientNorm:G4} at t = {run.ArgMinT}; {run.Constants()}"));
    }

    /// <inheritdoc/>
    public override string Describe(EpsilonTargetInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return string.Create(CultureInfo.InvariantCulture, $"{ConstantStepShrinker.Describe(instance.Case)}, ε = {instance.Epsilon:G4}");
    }
}
