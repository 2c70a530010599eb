using System.Globalization;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// Shared machinery of the three explicit-bound claims of arXiv 2309.08339 Theorem 1 (docs/claims.md#constant-step-bound-corrected):
/// instances from F2, F3, F5 with d ∈ [2, 10], w0 = c + 3·N(0, I), ρ ∈ {γ, 0.3γ, 0.1γ}, T ∈ {100, 1000, 5000},
/// β2 ~ U[0.9, 0.9999], no bias correction, α from Theorem 1 (a start already meeting the bound is redrawn up to 8 times,
/// so that most cases are non-trivial); the conclusion compares min_{t≤T} ‖∇L(w_t)‖
/// with a bound times (1 + 1e-9). Budgets: 150 / 1,080 / 5,000 cases (the as-printed claim sizes its own).
/// </summary>
public abstract class ConstantStepBoundClaim : InstanceClaim<ConstantStepInstance>
{
    /// <summary>The families the bound claims draw from.</summary>
    protected static readonly ObjectiveFamily[] Families = [ObjectiveFamily.CauchySum, ObjectiveFamily.PlantedCos, ObjectiveFamily.RastriginLike];

    private static readonly double[] RhoFactors = [1, 0.3, 0.1];
    private static readonly long[] Horizons = [100, 1000, 5000];

    /// <summary>
    /// How often a start whose gradient already meets the claim's own bound is redrawn (steering away from trivial cases:
    /// the conclusion min_t ‖∇L(w_t)‖ ≤ bound would hold at t = 0 before Adam moves).
    /// </summary>
    private const int TrivialRedraws = 8;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault in the Algorithm 1 runs (null: none).</summary>
    protected ConstantStepBoundClaim(Algorithm1Fault? fault = null)
    {
        Fault = fault ?? Algorithm1Fault.None;
    }

    /// <summary>The fault planted in the runs (<see cref="Algorithm1Fault.None"/> for the claim itself).</summary>
    protected Algorithm1Fault Fault { get; }

    /// <summary>The citation the three bound claims share.</summary>
    protected static Citation SharedCitation { get; } = new("arXiv 2309.08339", "Theorem 1 with the explicit rate of its proof (Algorithm 1)", "[SEC] bound; correction [REC] docs/claims.md#constant-step-bound-corrected");

    /// <summary>The variant the three bound claims share.</summary>
    protected const string SharedVariant = "2309.08339 Algorithm 1: no bias correction, ρ outside the root, constant α = √(2(L0−L*)/(Kδ²T)), δ = γ/ρ";

    /// <summary>The cases the three bound claims share: 150 / 1,080 / 5,000.</summary>
    protected static CaseBudget SharedCases { get; } = new(150, 1_080, 5_000);

    /// <inheritdoc/>
    public override ConstantStepInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ObjectiveFamily family = random.Choose(Families);
        ulong seed = random.NextUInt64();
        int d = random.NextInt(2, 10);
        IObjective f = ObjectiveGenerator.Draw(family, new SeededRandom(seed), d);
        double beta2 = random.Uniform(0.9, 0.9999);
        var draft = new ConstantStepInstance(family, seed, d, ConstantStepInstance.DrawStart(f, 3, random), random.Choose(RhoFactors), false, random.Choose(Horizons), 0, beta2, false);
        for (int redraw = 0; redraw < TrivialRedraws && StartIsTrivial(draft); redraw++)
        {
            draft = draft with { Start = ConstantStepInstance.DrawStart(f, 3, random) };
        }

        return draft with { Beta1 = DrawBeta1(draft, random) };
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(ConstantStepInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Beta2 is < 0 or >= 1 || instance.Beta1 is < 0 or >= 1 || instance.Horizon < 1 || !(instance.Rho > 0))
        {
            return "hyper-parameters out of range";
        }

        return instance.Start.Length != instance.Dimension ? "start has the wrong dimension" : instance.MissingFacts() ?? MomentumHypothesis(instance);
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(ConstantStepInstance instance)
    {
        Algorithm1Run run = Algorithm1Run.Execute(instance, fault: Fault);
        double bound = Bound(run.AsPrintedBound, run.CorrectedBound);
        double ratio = run.MinGradientNorm / bound;
        double initial = run.Trajectory.Records.Count > 0 && run.Trajectory.Records[0].GradientNorm is double g0 ? g0 : double.PositiveInfinity;
        return new CaseOutcome(
            ratio <= 1 + 1e-9,
            ratio,
            string.Create(CultureInfo.InvariantCulture, $"min_t ‖∇L(w_t)‖ = {run.MinGradientNorm:G6} at t = {run.ArgMinT} vs bound {bound:G6} (ratio {ratio:G6}; as printed {run.AsPrintedBound:G6}, corrected {run.CorrectedBound:G6}); {run.Constants()}"))
        {
            Trivial = initial <= bound * (1 + 1e-9),
        };
    }

    /// <inheritdoc/>
    public override IEnumerable<ConstantStepInstance> Shrink(ConstantStepInstance instance) => ConstantStepShrinker.Candidates(instance);

    /// <inheritdoc/>
    public override IReadOnlyList<MutationOperator<ConstantStepInstance>> MutationOperators => ConstantStepMutator.Operators;

    /// <inheritdoc/>
    public override string Describe(ConstantStepInstance instance) => ConstantStepShrinker.Describe(instance);

    /// <summary>The bound the claim asserts, given the case's as-printed and corrected bounds.</summary>
    protected abstract double Bound(double asPrinted, double corrected);

    private bool StartIsTrivial(ConstantStepInstance draft)
    {
        (double norm, double asPrinted, double corrected) = Algorithm1Run.Preview(draft, Fault);
        return norm <= Bound(asPrinted, corrected) * (1 + 1e-9);
    }

    /// <summary>β1 for a drawn case (0 unless the claim is about momentum).</summary>
    protected virtual double DrawBeta1(ConstantStepInstance draft, SeededRandom random) => 0;

    /// <summary>Null when the case's β1 is allowed.</summary>
    protected virtual string? MomentumHypothesis(ConstantStepInstance instance) => instance.Beta1 == 0 ? null : "β1 ≠ 0";
}
