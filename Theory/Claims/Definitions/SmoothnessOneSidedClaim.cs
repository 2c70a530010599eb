using System.Globalization;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Definitions;

/// <summary>
/// <c>smoothness-one-sided-implies-lipschitz</c> (docs/claims.md#smoothness-one-sided-implies-lipschitz), expected
/// Refuted: arXiv 2309.08339 offers Definition 1 and Definition 2 as alternatives. Even with Definition 1's sign
/// corrected (f(w2) ≤ f(w1) + ∇f(w1)ᵀ(w2 − w1) + (K/2)‖w2 − w1‖², a one-sided bound), it does not imply Definition 2
/// (‖∇f(w1) − ∇f(w2)‖ ≤ K‖w1 − w2‖): f = (K/2)‖w‖² − a·Σw_i⁴ meets the first for every a ≥ 0 (the quartic is concave),
/// and its Hessian diag(K − 12a·w_i²) is unbounded below. Cases: d ∈ [1, 6], K = 10^U[−1, 1], a = 10^U[−2, 0], w1 and w2
/// with N(0, σ²) entries, σ = 10^U[−1, 1]·√(K/(6a)) (the box where ‖∇²f‖₂ ≤ K has half-width √(K/(6a))). Observable:
/// ‖∇f(w1) − ∇f(w2)‖/(K‖w1 − w2‖). Budgets: 100 / 1,000 / 10,000 cases.
/// </summary>
public sealed class SmoothnessOneSidedClaim : InstanceClaim<QuarticPairInstance>
{
    private readonly OneSidedFault _fault;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault (none by default).</summary>
    public SmoothnessOneSidedClaim(OneSidedFault fault = OneSidedFault.None)
    {
        _fault = fault;
    }

    /// <summary>A fault planted in the check.</summary>
    public enum OneSidedFault
    {
        /// <summary>The claim itself.</summary>
        None,

        /// <summary>The generator sets a = 0 (a quadratic, for which both definitions hold).</summary>
        NoQuartic,

        /// <summary>The generator draws both points inside the box |w_i| ≤ √(K/(6a)), where ‖∇²f‖₂ ≤ K.</summary>
        InsideTheBox,

        /// <summary>The gradient oracle leaves out the quartic's term −4a·w³.</summary>
        GradientWithoutQuartic,
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "smoothness-one-sided-implies-lipschitz",
        Citation: new("arXiv 2309.08339", "Definitions 1 and 2 (p. 3: \"alternatively\")", "[SRC] text; sign correction and counterexample [REC]"),
        Statement: "If f satisfies Definition 1 with its sign corrected, f(w2) ≤ f(w1) + ∇f(w1)ᵀ(w2 − w1) + (K/2)‖w2 − w1‖² for all w1, w2, then ∇f is K-Lipschitz (Definition 2): ‖∇f(w1) − ∇f(w2)‖ ≤ K‖w1 − w2‖.",
        Hypotheses: "f = (K/2)‖w‖² − a·Σw_i⁴ with K > 0, a ≥ 0 (the one-sided inequality holds for every pair, by concavity of the quartic; checked on the case's pair in both orders).",
        Variant: "not optimizer-specific: a definition the paper's proofs rest on",
        ExpectedVerdict: Verdict.Refuted,
        Cases: new CaseBudget(100, 1_000, 10_000))
    {
        Networks = new(NetworkUse.NotApplicable, "a statement about two definitions, refuted by one explicit function; networks add nothing."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the generator drops the quartic (a = 0)", FaultTarget.Construction, () => new SmoothnessOneSidedClaim(OneSidedFault.NoQuartic)),
        new PlantedFault("pairs drawn only inside the box where ‖∇²f‖₂ ≤ K", FaultTarget.Construction, () => new SmoothnessOneSidedClaim(OneSidedFault.InsideTheBox)),
        new PlantedFault("the gradient oracle leaves out −4a·w³", FaultTarget.Oracle, () => new SmoothnessOneSidedClaim(OneSidedFault.GradientWithoutQuartic)),
    ];

    /// <inheritdoc/>
    public override QuarticPairInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int d = random.NextInt(1, 6);
        double k = Math.Pow(10, random.Uniform(-1, 1));
        double a = _fault == OneSidedFault.NoQuartic ? 0 : Math.Pow(10, random.Uniform(-2, 0));
        double box = Math.Sqrt(k / (6 * Math.Max(a, 1e-2)));
        double sigma = Math.Pow(10, random.Uniform(-1, 1)) * box;
        double Draw() => _fault == OneSidedFault.InsideTheBox ? random.Uniform(-box, box) : sigma * random.Normal();
        double[] w1 = new double[d], w2 = new double[d];
        for (int i = 0; i < d; i++)
        {
            w1[i] = Draw();
            w2[i] = Draw();
        }

        return new QuarticPairInstance(k, a, w1, w2);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(QuarticPairInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (!(instance.K > 0) || !(instance.A >= 0) || !double.IsFinite(instance.K) || !double.IsFinite(instance.A) || instance.First.Length != instance.Second.Length || instance.First.Length == 0)
        {
            return "K ≤ 0, a < 0, or w1, w2 of different dimensions";
        }

        if (!VectorMath.AllFinite(instance.First) || !VectorMath.AllFinite(instance.Second) || instance.First.SequenceEqual(instance.Second))
        {
            return "w1 = w2 or a non-finite point";
        }

        return OneSided(instance, instance.First, instance.Second) && OneSided(instance, instance.Second, instance.First) ? null : "the one-sided inequality fails on this pair (rounding)";
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(QuarticPairInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        bool exact = _fault != OneSidedFault.GradientWithoutQuartic;
        double[] g1 = instance.Gradient(instance.First, exact), g2 = instance.Gradient(instance.Second, exact);
        double gradientGap = 0, distance = 0;
        for (int i = 0; i < g1.Length; i++)
        {
            gradientGap += (g1[i] - g2[i]) * (g1[i] - g2[i]);
            distance += (instance.First[i] - instance.Second[i]) * (instance.First[i] - instance.Second[i]);
        }

        double ratio = Math.Sqrt(gradientGap) / (instance.K * Math.Sqrt(distance));
        return new CaseOutcome(
            ratio <= 1 + 1e-9,
            ratio,
            string.Create(CultureInfo.InvariantCulture, $"‖∇f(w1) − ∇f(w2)‖ = {Math.Sqrt(gradientGap):G6} against K‖w1 − w2‖ = {instance.K * Math.Sqrt(distance):G6} (ratio {ratio:G6})"));
    }

    /// <inheritdoc/>
    public override IEnumerable<QuarticPairInstance> Shrink(QuarticPairInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        for (int i = 0; i < instance.First.Length && instance.First.Length > 1; i++)
        {
            yield return instance with { First = [instance.First[i]], Second = [instance.Second[i]] };
        }

        if (instance.K != 1 || instance.A != 1)
        {
            yield return instance with { K = 1, A = 1 };
        }

        if (instance.First.Any(x => x != 0))
        {
            yield return instance with { First = new double[instance.First.Length] };
        }

        double[] rounded = [.. instance.Second.Select(x => Math.Round(x))];
        if (!rounded.SequenceEqual(instance.Second))
        {
            yield return instance with { Second = rounded };
        }
    }

    /// <inheritdoc/>
    public override string Describe(QuarticPairInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Describe();
    }

    /// <summary>f(to) ≤ f(from) + ∇f(from)ᵀ(to − from) + (K/2)‖to − from‖², up to rounding.</summary>
    private static bool OneSided(QuarticPairInstance f, double[] from, double[] to)
    {
        double[] g = f.Gradient(from);
        double inner = 0, squares = 0;
        for (int i = 0; i < from.Length; i++)
        {
            inner += g[i] * (to[i] - from[i]);
            squares += (to[i] - from[i]) * (to[i] - from[i]);
        }

        double left = f.Value(to), right = f.Value(from) + inner + (0.5 * f.K * squares);
        return left <= right + (1e-12 * (Math.Abs(left) + Math.Abs(f.Value(from)) + Math.Abs(inner) + (0.5 * f.K * squares)));
    }
}
