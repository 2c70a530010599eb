using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-vacuity</c> (docs/claims.md#constant-step-vacuity [REC]), expected Held. At ρ = 1e-8 (the value every experiment of
/// 2309.08339 uses) δ = 1e8·γ, and the explicit bound (2Kδ²(L0−L*)/T)^{1/4} exceeds the trivial bound γ exactly when
/// T &lt; T* = 2K(L0−L*)/(γ²ρ²) = 2K(L0−L*)·1e16/γ². Checked per instance: the bound is above γ at T = T*/2 and
/// below it at 2T*, equals γ at T* to 1e-9; and a T = 1000 run with Theorem 1's α moves every coordinate by at most
/// α·T·R with R = 1/√(1−β2) (β1 = 0), i.e. the iterate barely moves. T* is reported per instance.
/// Budgets: 50 / 300 / 2,000 cases.
/// </summary>
public sealed class ConstantStepVacuityClaim : InstanceClaim<ConstantStepInstance>
{
    /// <summary>The ρ of the paper's experiments.</summary>
    public const double PaperRho = 1e-8;

    private readonly Func<double, double, double, double, double> _informativeHorizon;

    private static readonly ObjectiveFamily[] Families = [ObjectiveFamily.CauchySum, ObjectiveFamily.PlantedCos, ObjectiveFamily.RastriginLike, ObjectiveFamily.PseudoHuber];

    /// <summary>Creates the claim; <paramref name="informativeHorizon"/> (K, L0−L*, γ, ρ) ↦ T* defaults to the derived formula (replace it to plant a wrong one).</summary>
    public ConstantStepVacuityClaim(Func<double, double, double, double, double>? informativeHorizon = null)
    {
        _informativeHorizon = informativeHorizon ?? ConstantStepBound.InformativeHorizon;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the informative horizon derived with ρ in place of ρ²", FaultTarget.Oracle, () => new ConstantStepVacuityClaim(informativeHorizon: (k, gap, gamma, rho) => 2 * k * gap / (gamma * gamma * rho))),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "constant-step-vacuity",
        Citation: new("arXiv 2309.08339", "Theorem 1 with ρ = 1e-8 (§5.6)", "[REC] docs/claims.md#constant-step-vacuity"),
        Statement: "At ρ = 1e-8 the explicit bound exceeds the trivial bound γ unless T > T* = 2K(L0−L*)·1e16/γ²; with Theorem 1's α, T = 1000 steps move each coordinate by at most α·T/√(1−β2).",
        Hypotheses: "L K-smooth with ‖∇L‖ ≤ γ and minimum L*; ρ = 1e-8; β1 = 0; L(w0) > L*.",
        Variant: "2309.08339 Algorithm 1 with ρ = 1e-8",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(50, 300, 2_000))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.Estimated, "T* = 2K(L0−L*)·1e16/γ² needs K, γ and L*, which a network gives only as estimates; no network cases run yet."),
    };

    /// <inheritdoc/>
    public override ConstantStepInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ObjectiveFamily family = random.Choose(Families);
        ulong seed = random.NextUInt64();
        int d = random.NextInt(2, 10);
        double[] start = ConstantStepInstance.DrawStart(ObjectiveGenerator.Draw(family, new SeededRandom(seed), d), 3, random);
        return new ConstantStepInstance(family, seed, d, start, PaperRho, true, 1000, 0, random.Uniform(0.9, 0.9999), false);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(ConstantStepInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (!instance.RhoIsAbsolute || instance.Rho != PaperRho || instance.Beta1 != 0)
        {
            return "not ρ = 1e-8 with β1 = 0";
        }

        if (instance.MissingFacts() is { } missing)
        {
            return missing;
        }

        IObjective f = instance.Objective();
        return f.Value(instance.Start) > f.Facts.OptimalValue ? null : "L(w0) = L*";
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(ConstantStepInstance instance)
    {
        Algorithm1Run run = Algorithm1Run.Execute(instance);
        double tStar = _informativeHorizon(run.SmoothnessK, run.Gap, run.Gamma, run.Rho);
        double Bound(double t) => Math.Pow(2 * run.SmoothnessK * run.Delta * run.Delta * run.Gap / t, 0.25);
        bool switchesAtTStar = Bound(tStar / 2) > run.Gamma && Bound(2 * tStar) < run.Gamma && Math.Abs(Bound(tStar) - run.Gamma) <= 1e-9 * run.Gamma;
        bool vacuousNow = (Bound(instance.Horizon) > run.Gamma) == (instance.Horizon < tStar);
        double r = 1 / Math.Sqrt(1 - instance.Beta2);
        double moved = VectorMath.NormInf(run.Trajectory.FinalIterate.Zip(instance.Start, (a, b) => a - b).ToArray());
        double allowed = run.Alpha * instance.Horizon * r;
        double ratio = moved / allowed;
        return new CaseOutcome(
            switchesAtTStar && vacuousNow && ratio <= 1 + 1e-9 && run.MinGradientNorm <= run.AsPrintedBound,
            ratio,
            string.Create(CultureInfo.InvariantCulture, $"T* = {tStar:G3} (bound informative only beyond it); at T = {instance.Horizon} the bound is {run.AsPrintedBound:G3} vs γ = {run.Gamma:G3}; α = {run.Alpha:G3}, ‖w_T − w_0‖∞ = {moved:G3} ≤ αTR = {allowed:G3}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<ConstantStepInstance> Shrink(ConstantStepInstance instance) => ConstantStepShrinker.Candidates(instance);

    /// <inheritdoc/>
    public override string Describe(ConstantStepInstance instance) => ConstantStepShrinker.Describe(instance);
}
