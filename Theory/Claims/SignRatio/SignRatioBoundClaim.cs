using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.SignRatio;

/// <summary>
/// <c>sign-ratio-bound</c> (docs/claims.md#sign-ratio-bound): if β1² &lt; β2 then for every gradient sequence and every t,
/// u_t = |m̂_t|/(√v̂_t+ε) ≤ R = (1−β1)/(√(1−β2)·√(1−β1²/β2)) (arXiv 2507.05966 "Lemma B.2" [SEC]; proof [REC]).
/// Cases: β1 ~ U[0, 0.995), β2 ~ U(β1² + 1e-4, 0.99999), T ~ U[1, 500], bias correction on/off, ε ∈ {0, 1e-8},
/// every ε placement, the sequence kinds of <see cref="GradientSequenceKind"/>. Asserted: max_t u_t ≤ R(1 + 1e-9).
/// Budgets: 2,000 / 20,000 / 200,000 cases. Given a network family it is <c>sign-ratio-bound@networks</c>
/// (docs/claims.md#networks): the sequences are training gradients (<see cref="NetworkGradientSequence"/>), 150 / 1,000 /
/// 10,000 cases, no search.
/// </summary>
public sealed class SignRatioBoundClaim : InstanceClaim<SignRatioInstance>
{
    private readonly Func<double, double, double> _bound;
    private readonly Func<SignRatioInstance, double[]> _trace;
    private readonly INetworkFamily? _networks;

    /// <summary>The smallest R the search starts at: near R = 1 (β1 ≈ β2), u_1 = 1 with bias correction is already within reach of R.</summary>
    public const double MinimumSearchR = 1.5;

    /// <summary>The relative slack allowed for rounding.</summary>
    public const double Tolerance = 1e-9;

    private static readonly GradientSequenceKind[] Kinds =
    [
        GradientSequenceKind.Gaussian, GradientSequenceKind.Cauchy, GradientSequenceKind.LogNormal,
        GradientSequenceKind.NearExtremal, GradientSequenceKind.ZeroPrefix, GradientSequenceKind.Constant,
    ];

    /// <summary>
    /// Creates the claim. <paramref name="bound"/> (β1, β2) ↦ R and <paramref name="trace"/> (instance ↦ u_1..u_T)
    /// default to <see cref="SignRatioBound.R"/> and the reference update; replacing them plants a fault
    /// (a wrong constant, a buggy implementation) that the check must catch. With <paramref name="networks"/>, the claim
    /// is <c>sign-ratio-bound@networks</c>: every case is one coordinate's gradients along the variant's own training
    /// run on a generated network (<see cref="NetworkGradientSequence"/>); everything else is this claim's.
    /// </summary>
    public SignRatioBoundClaim(Func<double, double, double>? bound = null, Func<SignRatioInstance, double[]>? trace = null, INetworkFamily? networks = null)
    {
        _bound = bound ?? SignRatioBound.R;
        _trace = trace ?? SignRatioTrace.Compute;
        _networks = networks;
        Definition = networks is null ? AnalyticDefinition : AnalyticDefinition with
        {
            Id = AnalyticDefinition.Id + ClaimDefinition.NetworksSuffix,
            Objectives = ObjectiveKind.Networks,
            Hypotheses = AnalyticDefinition.Hypotheses + " Cases: one coordinate's gradients along the variant's own full-batch training (T ≤ 200) of a generated network; " + networks.Description + ".",
            Cases = new CaseBudget(150, 1_000, 10_000),
        };
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("bias correction applied to m but not to v", FaultTarget.Update, () => new SignRatioBoundClaim(trace: SignRatioTrace.OnlyFirstMomentCorrected, networks: _networks)),
        new PlantedFault("R without its factor 1/√(1−β1²/β2)", FaultTarget.Oracle, () => new SignRatioBoundClaim(bound: (b1, b2) => (1 - b1) / Math.Sqrt(1 - b2), networks: _networks)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; }

    private static ClaimDefinition AnalyticDefinition { get; } = new(
        Id: "sign-ratio-bound",
        Citation: new("Peng et al., arXiv 2507.05966", "Lemma B.2 (via the paper's summary)", "[SEC]; proof [REC] docs/claims.md#sign-ratio-bound"),
        Statement: "If β1² < β2, then |m_t|/(√v_t+ε) ≤ R = (1−β1)/(√(1−β2)·√(1−β1²/β2)) for every gradient sequence and every t, with or without bias correction, for ε ≥ 0 outside or inside the root.",
        Hypotheses: "β1² < β2; when ε = 0, every nonzero |g_t| in [1e-150, 1e150] (g² must not underflow, docs/claims.md#pitfall-underflow) and v_t stays normal (≥ 2^−1022) from the first nonzero gradient on.",
        Variant: "all: bias correction on/off × ε ∈ {0, 1e-8} × ε outside √v̂ / outside √v (ε̂) / inside the root",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(2_000, 20_000, 200_000))
    {
        Presets = [AdamPresets.KingmaBa, AdamPresets.EpsilonHat, AdamPresets.ReddiAdam, AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.Checked, "sign-ratio-bound@networks: the bound is about every gradient sequence, so its hypotheses (β1² < β2, the magnitude window with ε = 0) are checked on each coordinate's gradients along real training, as on any sequence."),
    };

    /// <inheritdoc/>
    public override SignRatioInstance Generate(SeededRandom random) => _networks is null ? Draw(random, Kinds) : DrawFromNetwork(random, _networks);

    private static SignRatioInstance DrawFromNetwork(SeededRandom random, INetworkFamily networks)
    {
        ArgumentNullException.ThrowIfNull(random);
        double b1 = random.Bernoulli(0.1) ? 0 : random.Uniform(0, 0.995);
        double b2 = random.Uniform((b1 * b1) + 1e-4, 0.99999);
        int horizon = random.NextInt(1, NetworkGradientSequence.MaxHorizon);
        double epsilon = random.Bernoulli(0.5) ? 0 : 1e-8;
        bool biasCorrection = random.Bernoulli(0.5);
        var placement = (EpsilonPlacement)random.NextInt(3);
        var shell = new SignRatioInstance(b1, b2, epsilon, biasCorrection, placement, GradientSequenceKind.Network, []);
        (double[] g, string source) = NetworkGradientSequence.Draw(networks, shell.Options(), horizon, random);
        return shell with { Gradients = g, Source = source };
    }

    /// <summary>
    /// Search starts from Gaussian sequences of length T ~ U[1, 500] at hyper-parameters where R is reached only in the
    /// limit: β1 ~ U[0.3, 0.9], q = β1²/β2 ~ U[max(0.3, β1²/0.95), 0.9], redrawn until R ≥ <see cref="MinimumSearchR"/> (so β2 ≤ 0.95, β1 is far from β2, and the finite-t
    /// factors q^t, β1^t, β2^t can fall below 1e-6 within <see cref="SignRatioMutator.MaxLength"/> steps), every ε and
    /// placement. At β1 = 0 or β1 = β2, R is attained at t = 1 and a push would say nothing.
    /// </summary>
    public override SignRatioInstance GenerateForSearch(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double b1, q;
        do
        {
            b1 = random.Uniform(0.3, 0.9);
            q = random.Uniform(Math.Max(0.3, b1 * b1 / 0.95), 0.9);
        }
        while (SignRatioBound.R(b1, b1 * b1 / q) < MinimumSearchR);
        double b2 = b1 * b1 / q;
        int horizon = random.NextInt(1, 500);
        double[] g = GradientSequenceGenerator.Draw(GradientSequenceKind.Gaussian, b1, b2, horizon, random);
        var placement = (EpsilonPlacement)random.NextInt(3);
        return new SignRatioInstance(b1, b2, random.Bernoulli(0.5) ? 0 : 1e-8, random.Bernoulli(0.5), placement, GradientSequenceKind.Gaussian, g);
    }

    private static SignRatioInstance Draw(SeededRandom random, GradientSequenceKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(random);
        double b1 = random.Bernoulli(0.1) ? 0 : random.Uniform(0, 0.995);
        double b2 = random.Uniform((b1 * b1) + 1e-4, 0.99999);
        int horizon = random.NextInt(1, 500);
        GradientSequenceKind kind = random.Choose(kinds);
        if (kind == GradientSequenceKind.NearExtremal)
        {
            horizon = Math.Min(horizon, ExtremalSequence.MaxHorizon(b1, b2, 500));
        }

        double[] g = GradientSequenceGenerator.Draw(kind, b1, b2, horizon, random);
        var placement = (EpsilonPlacement)random.NextInt(3);
        return new SignRatioInstance(b1, b2, random.Bernoulli(0.5) ? 0 : 1e-8, random.Bernoulli(0.5), placement, kind, g);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Beta1 * instance.Beta1 >= instance.Beta2)
        {
            return "β1² < β2 fails";
        }

        if (instance.Epsilon == 0 && !GradientSequenceGenerator.WithinWindow(instance.Gradients))
        {
            return "a gradient magnitude outside [1e-150, 1e150] with ε = 0";
        }

        if (instance.Epsilon == 0 && !GradientSequenceGenerator.SecondMomentStaysNormal(instance.Gradients, instance.Beta2))
        {
            return "v_t underflows (below 2^−1022) with ε = 0";
        }

        return instance.Gradients.Length == 0 ? "empty gradient sequence" : null;
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double r = _bound(instance.Beta1, instance.Beta2);
        double[] u = _trace(instance);
        int worstT = SignRatioTrace.ArgMax(u);

        double ratio = u[worstT] / r;
        bool holds = ratio <= 1 + Tolerance;
        return new CaseOutcome(holds, ratio, string.Create(CultureInfo.InvariantCulture, $"max_t u_t = {u[worstT]:R} at t = {worstT + 1}, R = {r:R}, u/R = {ratio:R}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<SignRatioInstance> Shrink(SignRatioInstance instance) => SignRatioShrinker.Candidates(instance);

    /// <inheritdoc/>
    /// <remarks>
    /// The sequence changes only: β1 and β2 stay as drawn, because moving them reaches R trivially (u_1 = R at β1 = 0
    /// without bias correction, u_1 = 1 = R at β1 = β2 with it); a push must approach R through the gradient sequence.
    /// On networks there is no targeted search (so none follows the random cases, and <c>adamv search</c> refuses the
    /// claim): a mutated sequence is no longer a training run's.
    /// </remarks>
    public override IReadOnlyList<MutationOperator<SignRatioInstance>> MutationOperators => _networks is null ? SignRatioMutator.SequenceOperators : [];

    /// <inheritdoc/>
    public override string Describe(SignRatioInstance instance) => SignRatioShrinker.Describe(instance);
}
