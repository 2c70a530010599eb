using System.Globalization;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Definitions;

/// <summary>
/// <c>smoothness-definition-as-printed</c> (docs/claims.md#smoothness-definition-as-printed), expected Refuted: arXiv
/// 2309.08339's Definition 1 as printed, f(w2) ≤ f(w1) + ∇f(w1)ᵀ(w1 − w2) + (K/2)‖w1 − w2‖², read as a property of every
/// K-smooth f (Definition 2). The inner product has its sign reversed (the descent lemma has w2 − w1), so the
/// inequality fails whenever w2 − w1 leans along ∇f(w1) and is short: for f(w) = w it demands
/// w2 − w1 ≤ (w1 − w2) + (K/2)(w1 − w2)², false for 0 &lt; w2 − w1 &lt; 4/K. Cases: F1–F7 with their known K,
/// d ∈ [1, 8], w1 = c + 3·N(0, I), u uniform on the sphere, r = 10^U[−3, 0]. Observable:
/// (f(w2) − f(w1) − ∇f(w1)ᵀ(w1 − w2))/((K/2)‖w2 − w1‖²), which exceeds 1 exactly when the printed inequality fails
/// (compared with the relative <see cref="Tolerance"/>).
/// Budgets: 100 / 1,000 / 10,000 cases.
/// </summary>
public sealed class SmoothnessDefinitionAsPrintedClaim : InstanceClaim<SmoothnessPairInstance>
{
    private static readonly ObjectiveFamily[] Families = Enum.GetValues<ObjectiveFamily>();
    private static readonly double[] RoundDistances = [1, 0.1, 1e-2, 1e-3];
    private readonly PrintedDefinitionFault _fault;

    /// <summary>
    /// The relative tolerance on (K/2)‖w1 − w2‖². Where the descent lemma is tight the two sides agree to rounding only if
    /// the family evaluates f without cancellation (F3 and F5 compute 1 − cos θ as 2·sin²(θ/2) for this reason).
    /// </summary>
    public const double Tolerance = 1e-9;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault (none by default).</summary>
    public SmoothnessDefinitionAsPrintedClaim(PrintedDefinitionFault fault = PrintedDefinitionFault.None)
    {
        _fault = fault;
    }

    /// <summary>A fault planted in the check.</summary>
    public enum PrintedDefinitionFault
    {
        /// <summary>The claim itself.</summary>
        None,

        /// <summary>The gradient oracle returns −∇f (which turns the printed inequality into the descent lemma).</summary>
        NegatedGradient,

        /// <summary>The generator draws only w2 − w1 against the gradient (u = −∇f(w1)/‖∇f(w1)‖).</summary>
        DescentDirectionsOnly,
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "smoothness-definition-as-printed",
        Citation: new("arXiv 2309.08339", "Definition 1 (K-smoothness), p. 3", "[SRC] as printed; the sign error [REC]"),
        Statement: "Every K-smooth f (Definition 2: ‖∇f(w1) − ∇f(w2)‖ ≤ K‖w1 − w2‖) satisfies Definition 1 as printed: f(w2) ≤ f(w1) + ∇f(w1)ᵀ(w1 − w2) + (K/2)‖w1 − w2‖² for all w1, w2.",
        Hypotheses: "f from F1–F7 with its known K (the supremum of ‖∇²f‖₂, so f is K-smooth in the sense of Definition 2); w1, w2 finite, w1 ≠ w2.",
        Variant: "not optimizer-specific: a definition the paper's proofs rest on",
        ExpectedVerdict: Verdict.Refuted,
        Cases: new CaseBudget(100, 1_000, 10_000))
    {
        Networks = new(NetworkUse.NotApplicable, "a statement about a definition, refuted on any smooth function with a nonzero gradient; networks add nothing and have no exact K."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the gradient oracle returns −∇f", FaultTarget.Oracle, () => new SmoothnessDefinitionAsPrintedClaim(PrintedDefinitionFault.NegatedGradient)),
        new PlantedFault("pairs drawn only against the gradient (w2 − w1 ∥ −∇f(w1))", FaultTarget.Construction, () => new SmoothnessDefinitionAsPrintedClaim(PrintedDefinitionFault.DescentDirectionsOnly)),
    ];

    /// <inheritdoc/>
    public override SmoothnessPairInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ObjectiveFamily family = random.Choose(Families);
        ulong seed = random.NextUInt64();
        int d = random.NextInt(1, 8);
        IObjective f = ObjectiveGenerator.Draw(family, new SeededRandom(seed), d);
        double[] w1 = ConstantStep.ConstantStepInstance.DrawStart(f, 3, random);
        double[] u = new double[f.Dimension];
        if (_fault == PrintedDefinitionFault.DescentDirectionsOnly)
        {
            f.Gradient(w1, u);
            double norm = VectorMath.Norm(u);
            for (int i = 0; i < u.Length; i++)
            {
                u[i] = norm > 0 ? -u[i] / norm : (i == 0 ? 1 : 0);
            }
        }
        else
        {
            for (int i = 0; i < u.Length; i++)
            {
                u[i] = random.Normal();
            }

            double norm = VectorMath.Norm(u);
            for (int i = 0; i < u.Length; i++)
            {
                u[i] /= norm;
            }
        }

        return new SmoothnessPairInstance(family, seed, f.Dimension, w1, u, Math.Pow(10, random.Uniform(-3, 0)));
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(SmoothnessPairInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.First.Length != instance.Dimension || instance.Direction.Length != instance.Dimension || !(instance.Distance > 0) || !double.IsFinite(instance.Distance))
        {
            return "w1, u of the wrong dimension or r ≤ 0";
        }

        return instance.Objective().Facts.SmoothnessK is > 0 ? null : "the family's K is not known";
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(SmoothnessPairInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        IObjective f = instance.Objective();
        double k = f.Facts.SmoothnessK!.Value;
        double[] w1 = instance.First, w2 = instance.Second();
        double[] g = new double[f.Dimension];
        f.Gradient(w1, g);
        if (_fault == PrintedDefinitionFault.NegatedGradient)
        {
            for (int i = 0; i < g.Length; i++)
            {
                g[i] = -g[i];
            }
        }

        double f1 = f.Value(w1), f2 = f.Value(w2);
        double inner = 0, squares = 0;
        for (int i = 0; i < g.Length; i++)
        {
            inner += g[i] * (w1[i] - w2[i]);
            squares += (w1[i] - w2[i]) * (w1[i] - w2[i]);
        }

        double excess = f2 - f1 - inner, allowance = 0.5 * k * squares;
        double rounding = 1e-12 * (Math.Abs(f1) + Math.Abs(f2) + Math.Abs(inner));
        double ratio = excess / allowance;
        return new CaseOutcome(
            excess <= (allowance * (1 + Tolerance)) + rounding,
            ratio,
            string.Create(CultureInfo.InvariantCulture, $"f(w2) − f(w1) − ∇f(w1)ᵀ(w1 − w2) = {excess:G6} against (K/2)‖w1 − w2‖² = {allowance:G6} (ratio {ratio:G6}; K = {k:G6}, r = {instance.Distance:G4}, ∇f(w1)ᵀu = {-inner / instance.Distance:G4})"));
    }

    /// <inheritdoc/>
    public override IEnumerable<SmoothnessPairInstance> Shrink(SmoothnessPairInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        // Only towards rounder values: any listed r from an unlisted one, earlier listed values from a listed one.
        int listed = Array.IndexOf(RoundDistances, instance.Distance);
        foreach (double r in listed < 0 ? RoundDistances : RoundDistances[..listed])
        {
            yield return instance with { Distance = r };
        }
    }

    /// <inheritdoc/>
    public override string Describe(SmoothnessPairInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return string.Create(CultureInfo.InvariantCulture, $"{instance.Objective().Name}; w1 = [{string.Join(", ", instance.First.Select(x => x.ToString("G4", CultureInfo.InvariantCulture)))}], w2 = w1 + {instance.Distance:G4}·u, u = [{string.Join(", ", instance.Direction.Select(x => x.ToString("G4", CultureInfo.InvariantCulture)))}]");
    }
}
