using System.Globalization;
using Adam.Verification.Theory.Lipschitz;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Lipschitz;

/// <summary>
/// <c>lipschitz-estimate-below-k</c> (arXiv 2309.08339 Algorithm 2 / Theorem 4; docs/claims.md#lipschitz-estimate-below-k), expected Held.
/// Power iteration reports ‖Hv‖ for unit v, so every per-sample norm is ≤ the exact ‖∇²L(w_n)‖₂ (dense eigenvalues)
/// and ≤ K, hence K̂_N ≤ K(1 + 1e-9); and the estimate is a running maximum over a seeded sample stream, so K̂_N
/// from N samples is the N-th term of the K̂ sequence of any longer run with the same seed (non-decreasing in N).
/// All families with an exact K, d ∈ [2, 10], W = N(0, s²I) with s ~ U(0.5, 5), N ∈ [20, 200].
/// Budgets: 40 / 200 / 1,000 cases.
/// </summary>
public sealed class LipschitzEstimateBelowKClaim : InstanceClaim<LipschitzInstance>
{
    private static readonly ObjectiveFamily[] Families =
    [
        ObjectiveFamily.Quadratic, ObjectiveFamily.CauchySum, ObjectiveFamily.PlantedCos, ObjectiveFamily.DoubleWell,
        ObjectiveFamily.RastriginLike, ObjectiveFamily.PseudoHuber,
    ];

    private readonly Func<IObjective, double> _smoothness;

    /// <summary>Creates the claim; <paramref name="smoothness"/> (default: the objective's K) can be replaced to plant a wrong K.</summary>
    public LipschitzEstimateBelowKClaim(Func<IObjective, double>? smoothness = null)
    {
        _smoothness = smoothness ?? (f => f.Facts.SmoothnessK!.Value);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the objective's K reported 10% low", FaultTarget.Oracle, () => new LipschitzEstimateBelowKClaim(f => 0.9 * f.Facts.SmoothnessK!.Value)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "lipschitz-estimate-below-k",
        Citation: new("arXiv 2309.08339", "Algorithm 2 and Theorem 4", "[SRC] algorithm; property [REC] docs/claims.md#lipschitz-estimate-below-k"),
        Statement: "Algorithm 2's estimate never exceeds the true smoothness: K̂_N = max_{n≤N} ‖∇²L(w_n)‖₂ (power iteration) ≤ K, every per-sample norm ≤ the exact spectral norm, and K̂_N is non-decreasing in N.",
        Hypotheses: "L twice differentiable with sup ‖∇²L‖₂ = K known; W of full support.",
        Variant: "not optimizer-specific (the step-size ingredient of α_ours)",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(40, 200, 1_000))
    {
        Networks = new(NetworkUse.NotApplicable, "compares Algorithm 2's estimate with the exact K, which no network has; on networks the estimate is the only K there is."),
    };

    /// <inheritdoc/>
    public override LipschitzInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new LipschitzInstance(random.Choose(Families), random.NextUInt64(), random.NextInt(2, 10), random.Uniform(0.5, 5), random.NextInt(20, 200), random.NextUInt64());
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(LipschitzInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ObjectiveFacts facts = instance.Objective().Facts;
        return facts.SmoothnessKIsExact && facts.SmoothnessK is double k && k > 0 && double.IsFinite(k) ? null : "K not known exactly (or not a finite K > 0)";
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(LipschitzInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        IObjective f = instance.Objective();
        double k = _smoothness(f);
        var w = new GaussianDistribution(new double[f.Dimension], instance.SamplingScale);
        LipschitzEstimate full = LipschitzEstimator.Estimate(f, w, instance.Samples, new SeededRandom(instance.EstimatorSeed));
        LipschitzEstimate half = LipschitzEstimator.Estimate(f, w, instance.Samples / 2, new SeededRandom(instance.EstimatorSeed));
        bool prefix = half.RunningMax.SequenceEqual(full.RunningMax.Take(half.RunningMax.Length));
        bool monotone = full.RunningMax.Zip(full.RunningMax.Skip(1), (a, b) => b >= a).All(x => x);
        double exactAtWitness = ObjectiveAudit.DenseHessianNorm(f, full.Witness);
        bool belowExact = full.KHat <= exactAtWitness * (1 + 1e-9);
        double ratio = full.KHat / k;
        return new CaseOutcome(
            ratio <= 1 + 1e-9 && prefix && monotone && belowExact,
            ratio,
            string.Create(CultureInfo.InvariantCulture, $"{f.Name}: K̂_{instance.Samples} = {full.KHat:G8} vs K = {k:G8} (ratio {ratio:G6}); exact norm at the witness {exactAtWitness:G8}; prefix-consistent {prefix}"));
    }

    /// <inheritdoc/>
    public override string Describe(LipschitzInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return string.Create(CultureInfo.InvariantCulture, $"{instance.Objective().Name}, W = N(0, {instance.SamplingScale:G3}²I), N = {instance.Samples}, estimator seed {instance.EstimatorSeed}");
    }
}
