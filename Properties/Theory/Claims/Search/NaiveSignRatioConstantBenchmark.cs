using System.Globalization;
using Adam.Verification.Counterexamples.SignRatio;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Claims.SignRatio;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Claims.Search;

/// <summary>
/// A search benchmark, not a catalogue claim: the conjecture that for β1² &gt; β2 the sign-like magnitude stays below the
/// particular constant M = max(1, (1−β1)/(√(1−β2)·√|1−β1²/β2|)). It is false everywhere (u_t grows without bound; see
/// the catalogue's <c>sign-ratio-unbounded-without-hypothesis</c>), but just past the boundary, q = β1²/β2 ∈ (1, 1.01],
/// M is large and random sequences rarely cross it, while a climb that tilts the sequence geometrically does: the
/// targeted search is measured here against random generation.
/// </summary>
public sealed class NaiveSignRatioConstantBenchmark : InstanceClaim<SignRatioInstance>
{
    private static readonly SignRatioUnboundedClaim Unbounded = new();

    private readonly Func<SignRatioInstance, double[]> _trace;

    private static readonly GradientSequenceKind[] Kinds =
    [
        GradientSequenceKind.Gaussian, GradientSequenceKind.Cauchy, GradientSequenceKind.Constant, GradientSequenceKind.NearExtremal,
    ];

    /// <summary>Creates the claim; <paramref name="trace"/> defaults to the reference update (replace it to plant a fault).</summary>
    public NaiveSignRatioConstantBenchmark(Func<SignRatioInstance, double[]>? trace = null)
    {
        _trace = trace ?? SignRatioTrace.Compute;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("v kept as a running maximum of g² with no decay (then u_t ≤ 1 for every β)", FaultTarget.Update, () => new NaiveSignRatioConstantBenchmark(trace: SignRatioTrace.RunningMaximumSecondMoment)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "naive-sign-ratio-constant",
        Citation: new("Peng et al., arXiv 2507.05966", "Lemma B.2 without its hypothesis β1² < β2", "[REC] a search benchmark (test fixture)"),
        Statement: "Without β1² < β2 the sign-like magnitude stays bounded: |m_t|/√v_t ≤ M = max(1, (1−β1)/(√(1−β2)·√|1−β1²/β2|)), the larger of sign descent's magnitude and Lemma B.2's constant extended with an absolute value, for every gradient sequence and every t.",
        Hypotheses: "β1² > β2 (strictly); ε = 0; every nonzero |g_t| in [1e-150, 1e150]; v_t stays normal (≥ 2^−1022) from the first nonzero gradient on; some g_t ≠ 0.",
        Variant: "ε = 0, bias correction on or off, ε outside √v̂",
        ExpectedVerdict: Verdict.Refuted,
        Cases: CaseBudget.Default)
    {
        Presets = [AdamPresets.KingmaBa, AdamPresets.ConstantStepAlgorithm1],
    };

    /// <inheritdoc/>
    public override SignRatioInstance Generate(SeededRandom random) => Draw(random, Kinds);

    /// <summary>
    /// Search (and its random baseline) starts from Gaussian sequences just past the boundary, q = β1²/β2 ∈ (1, 1 + 1e-2]:
    /// elsewhere a single random draw already breaks the claim (the catalogue generator does within 1–6 cases), so only
    /// here does the comparison measure the search. Here M ≥ (1−β1)/(√(1−β2)·√(q−1)) is large and u_t grows only like
    /// q^{t/2}, so a violation needs structure — aligned signs and a geometric profile — that random sequences lack.
    /// </summary>
    public override SignRatioInstance GenerateForSearch(SeededRandom random) => Draw(random, [GradientSequenceKind.Gaussian], nearBoundary: true);

    private static SignRatioInstance Draw(SeededRandom random, GradientSequenceKind[] kinds, bool nearBoundary = false)
    {
        ArgumentNullException.ThrowIfNull(random);
        double b2 = random.Uniform(0.05, 0.98);
        double b1 = nearBoundary
            ? Math.Min(Math.Sqrt(b2 * (1 + random.Uniform(1e-4, 1e-2))), 0.999)
            : random.Uniform(Math.Min(Math.Sqrt(b2) * (1 + 1e-3), 0.998), 0.999);
        GradientSequenceKind kind = random.Choose(kinds);
        int horizon = random.NextInt(10, 1000);
        if (kind == GradientSequenceKind.NearExtremal)
        {
            horizon = Math.Max(2, Math.Min(horizon, ExtremalSequence.MaxHorizon(b1, b2, 1000)));
        }

        double[] g = GradientSequenceGenerator.Draw(kind, b1, b2, horizon, random);
        return new SignRatioInstance(b1, b2, 0, random.Bernoulli(0.5), EpsilonPlacement.OutsideCorrectedRoot, kind, g);
    }

    /// <inheritdoc/>
    /// <remarks>The catalogue claim's hypotheses (β1² &gt; β2, ε = 0 outside the root, the magnitude window, v normal).</remarks>
    public override string? UnmetHypothesis(SignRatioInstance instance) => Unbounded.UnmetHypothesis(instance);

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double bound = Math.Max(1, SignRatioBound.NaiveExtension(instance.Beta1, instance.Beta2));
        double[] u = _trace(instance);
        int worstT = SignRatioTrace.ArgMax(u);

        double ratio = u[worstT] / bound;
        string growth = u.Length >= 10 && u[9] > 0
            ? string.Create(CultureInfo.InvariantCulture, $", u_T/u_10 = {u[^1] / u[9]:G4}")
            : string.Empty;
        return new CaseOutcome(ratio <= 1 + 1e-9, ratio, string.Create(CultureInfo.InvariantCulture, $"u_t = {u[worstT]:G6} at t = {worstT + 1} against M = {bound:G6} (ratio {ratio:G6}){growth}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<SignRatioInstance> Shrink(SignRatioInstance instance) => SignRatioShrinker.Candidates(instance);

    /// <inheritdoc/>
    public override IReadOnlyList<MutationOperator<SignRatioInstance>> MutationOperators => SignRatioMutator.Operators;

    /// <inheritdoc/>
    public override string Describe(SignRatioInstance instance) => SignRatioShrinker.Describe(instance);
}
