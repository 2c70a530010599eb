using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Claims.SignRatio;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Counterexamples.SignRatio;

/// <summary>
/// <c>sign-ratio-unbounded-without-hypothesis</c> (docs/claims.md#sign-ratio-unbounded-without-hypothesis [REC]), expected
/// Refuted. The statement is Lemma B.2 of arXiv 2507.05966 with its hypothesis β1² &lt; β2 dropped, in its weakest form:
/// for β1² &gt; β2 the sign-like magnitude u_t = |m̂_t|/√v̂_t stays bounded by some finite M(β1, β2). It is false: on the
/// extremal sequence g_s ∝ (β2/β1)^s, u_t = ((1−β1)/√(1−β2))·κ(t)·√((q^t − 1)/(q − 1)), q = β1²/β2 &gt; 1,
/// κ(t) = √(1−β2^t)/(1−β1^t) with bias correction (1 without), which grows like q^{t/2}.
/// A case is evidence of unboundedness when its gradients are the extremal sequence (where the closed form proves the
/// growth goes on) and the measured u_t grows over the run — u_T ≥ 5·u_10 — and keeps growing: u_t is non-decreasing over
/// the second half t ∈ [T/2, T]. Growth alone is not evidence: zeros followed by ones also rise five-fold, to 1.
/// Cases: β1 ~ U(0.5, 0.999), q log-uniform in [1.01, 2.5·β1] (so β2/β1 ≥ 0.4), β2 = β1²/q, ε = 0, bias correction on
/// or off, the extremal sequence (random sign) at T = min(1000, the longest horizon with |ln g| ≤ 115) ≥ 250.
/// The counterexample is shrunk in its parameters only (β's rounded, bias correction dropped, T halved while the growth
/// still shows), the sequence rebuilt for each, so the shrunk case keeps its evidence.
/// </summary>
public sealed class SignRatioUnboundedClaim : InstanceClaim<SignRatioInstance>
{
    /// <summary>The longest horizon drawn.</summary>
    public const int MaxHorizon = 1000;

    /// <summary>The growth u_T/u_10 that counts as evidence.</summary>
    public const double GrowthFactor = 5;

    private readonly Func<SignRatioInstance, double[]> _trace;
    private readonly Func<double, double, int, double[]> _sequence;

    /// <summary>
    /// Creates the claim; <paramref name="trace"/> defaults to the reference update and <paramref name="sequence"/> to the
    /// extremal construction (replace either to plant a fault).
    /// </summary>
    public SignRatioUnboundedClaim(Func<SignRatioInstance, double[]>? trace = null, Func<double, double, int, double[]>? sequence = null)
    {
        _trace = trace ?? SignRatioTrace.Compute;
        _sequence = sequence ?? ExtremalSequence.Build;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("v kept as a running maximum of g² with no decay (then u_t ≤ 1 for every β)", FaultTarget.Update, () => new SignRatioUnboundedClaim(trace: SignRatioTrace.RunningMaximumSecondMoment)),
        new PlantedFault("the extremal sequence built backwards, g_s ∝ (β1/β2)^s (growing gradients, which v follows)", FaultTarget.Construction, () => new SignRatioUnboundedClaim(sequence: (b1, b2, t) => [.. ExtremalSequence.Build(b1, b2, t).Reverse()])),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "sign-ratio-unbounded-without-hypothesis",
        Citation: new("Peng et al., arXiv 2507.05966", "Lemma B.2 without its hypothesis β1² < β2", "[REC] docs/claims.md#sign-ratio-unbounded-without-hypothesis, P5.3"),
        Statement: "Without β1² < β2 the sign-like magnitude still stays bounded: for β1² > β2 there is a finite M(β1, β2) with |m̂_t|/√v̂_t ≤ M for every gradient sequence and every t.",
        Hypotheses: "β1² > β2 (strictly); ε = 0; every nonzero |g_t| in [1e-150, 1e150]; v_t stays normal (≥ 2^−1022) from the first nonzero gradient on; some g_t ≠ 0. Evidence against boundedness: on the extremal sequence g_s ∝ (β2/β1)^s, u_T ≥ 5·u_10 with u_t non-decreasing over t ∈ [T/2, T].",
        Variant: "ε = 0, bias correction on or off, ε outside √v̂",
        ExpectedVerdict: Verdict.Refuted,
        Cases: new CaseBudget(50, 200, 2000))
    {
        Presets = [AdamPresets.KingmaBa, AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.NotApplicable, "a statement about every sequence when β1² > β2, refuted by the extremal construction; one training run's gradients can neither refute nor support it."),
    };

    /// <inheritdoc/>
    public override SignRatioInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double b1 = random.Uniform(0.5, 0.999);
        double q = Math.Exp(random.Uniform(Math.Log(1.01), Math.Log(2.5 * b1)));
        double b2 = b1 * b1 / q;
        int horizon = ExtremalSequence.MaxHorizon(b1, b2, MaxHorizon);
        double sign = random.Sign();
        double[] g = [.. _sequence(b1, b2, horizon).Select(x => sign * x)];
        return new SignRatioInstance(b1, b2, 0, random.Bernoulli(0.5), EpsilonPlacement.OutsideCorrectedRoot, GradientSequenceKind.NearExtremal, g);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Beta1 * instance.Beta1 <= instance.Beta2)
        {
            return "β1² > β2 fails";
        }

        if (instance.Epsilon != 0 || instance.Placement != EpsilonPlacement.OutsideCorrectedRoot)
        {
            return "not ε = 0 outside the root";
        }

        if (!GradientSequenceGenerator.WithinWindow(instance.Gradients))
        {
            return "a gradient magnitude outside [1e-150, 1e150]";
        }

        if (!GradientSequenceGenerator.SecondMomentStaysNormal(instance.Gradients, instance.Beta2))
        {
            return "v_t underflows (below 2^−1022)";
        }

        return instance.Gradients.All(v => v == 0) ? "all gradients are zero" : null;
    }

    /// <summary>
    /// The case breaks boundedness when u grows five-fold from t = 10 to T and is non-decreasing over [T/2, T]. The
    /// observable is u_T/(5·u_10) while the tail grows (at most 1 otherwise), so a value above 1 is the evidence.
    /// </summary>
    public override CaseOutcome Evaluate(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double[] u = _trace(instance);
        int n = u.Length;
        if (n < 20)
        {
            return new CaseOutcome(true, 0, string.Create(CultureInfo.InvariantCulture, $"T = {n} is too short to show growth (needs ≥ 20)"));
        }

        // The growth is evidence only on the extremal sequence, where the closed form proves it continues: a bounded
        // sequence can also rise five-fold after a start at zero (zeros, then ones: u_t → 1).
        if (!IsExtremal(instance, _sequence))
        {
            return new CaseOutcome(true, 0, "not the extremal sequence g_s ∝ (β2/β1)^s of these β's: its growth would say nothing about unboundedness");
        }

        double growth = u[9] > 0 ? u[^1] / u[9] : double.PositiveInfinity;
        int firstDrop = -1;
        for (int t = (n / 2) - 1; t < n - 1; t++)
        {
            if (!(u[t + 1] >= u[t] * (1 - 1e-12)))
            {
                firstDrop = t + 1;
                break;
            }
        }

        bool grows = firstDrop < 0 && growth >= GrowthFactor;
        double observable = firstDrop < 0 ? growth / GrowthFactor : Math.Min(growth / GrowthFactor, 1);
        string detail = string.Create(CultureInfo.InvariantCulture, $"u_10 = {u[9]:G6}, u_{n / 2} = {u[(n / 2) - 1]:G6}, u_{n} = {u[^1]:G6}: growth ×{growth:G4} from t = 10, ")
            + (firstDrop < 0 ? "non-decreasing over t ∈ [T/2, T]" : string.Create(CultureInfo.InvariantCulture, $"falls at t = {firstDrop + 1}"))
            + ClosedForm(instance);
        return new CaseOutcome(!grows, observable, detail);
    }

    /// <summary>
    /// Shrinks the parameters only: β1 and β2 rounded to 1–3 decimals (keeping β1² &gt; β2), bias correction dropped, T
    /// halved down to 20; the sequence is rebuilt for each candidate, so a candidate is accepted only where the growth
    /// still shows.
    /// </summary>
    public override IEnumerable<SignRatioInstance> Shrink(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double sign = instance.Gradients.FirstOrDefault(v => v != 0) < 0 ? -1 : 1;
        int horizon = instance.Gradients.Length;
        SignRatioInstance Rebuilt(double b1, double b2, bool bias, int t)
        {
            int capped = Math.Min(t, ExtremalSequence.MaxHorizon(b1, b2, MaxHorizon));
            return instance with { Beta1 = b1, Beta2 = b2, BiasCorrection = bias, Kind = GradientSequenceKind.Shrunk, Gradients = [.. _sequence(b1, b2, capped).Select(x => sign * x)] };
        }

        if (instance.BiasCorrection)
        {
            yield return Rebuilt(instance.Beta1, instance.Beta2, false, horizon);
        }

        foreach (int digits in new[] { 1, 2, 3 })
        {
            double b1 = Math.Round(instance.Beta1, digits), b2 = Math.Round(instance.Beta2, digits);
            if ((b1 != instance.Beta1 || b2 != instance.Beta2) && b1 is > 0 and < 1 && b2 is > 0 and < 1 && b1 * b1 > b2)
            {
                yield return Rebuilt(b1, b2, instance.BiasCorrection, horizon);
            }
        }

        if (horizon / 2 >= 20)
        {
            yield return Rebuilt(instance.Beta1, instance.Beta2, instance.BiasCorrection, horizon / 2);
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyList<MutationOperator<SignRatioInstance>> MutationOperators => [];

    /// <inheritdoc/>
    public override string Describe(SignRatioInstance instance) => SignRatioShrinker.Describe(instance);

    /// <summary>Whether the gradients are c times the construction's sequence for these β's, for one nonzero c (relative 1e-9 per entry).</summary>
    private static bool IsExtremal(SignRatioInstance instance, Func<double, double, int, double[]> sequence)
    {
        int n = instance.Gradients.Length;
        double[] reference = sequence(instance.Beta1, instance.Beta2, n);
        double scale = instance.Gradients[0] / reference[0];
        return scale != 0 && double.IsFinite(scale) && instance.Gradients.Zip(reference).All(p => Math.Abs(p.First - (scale * p.Second)) <= 1e-9 * Math.Abs(scale * p.Second));
    }

    /// <summary>The closed form on the extremal sequence.</summary>
    private static string ClosedForm(SignRatioInstance instance)
    {
        double q = instance.Beta1 * instance.Beta1 / instance.Beta2;
        int n = instance.Gradients.Length;

        double kappa = instance.BiasCorrection ? Math.Sqrt(1 - Math.Pow(instance.Beta2, n)) / (1 - Math.Pow(instance.Beta1, n)) : 1;
        double closed = (1 - instance.Beta1) / Math.Sqrt(1 - instance.Beta2) * kappa * Math.Sqrt((Math.Pow(q, n) - 1) / (q - 1));
        return string.Create(CultureInfo.InvariantCulture, $"; the extremal sequence's closed form gives u_{n} = {closed:G6} (q = {q:G6}), growing like q^(t/2) without bound");
    }
}
