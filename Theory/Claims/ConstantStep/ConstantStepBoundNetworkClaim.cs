using System.Globalization;
using System.Runtime.CompilerServices;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-bound-corrected@networks</c> (docs/claims.md#networks): the corrected bound of
/// <see cref="ConstantStepBoundCorrectedClaim"/> on generated networks, where K is known only through Algorithm 2's
/// estimate K̂, so the verdict carries the qualifier "under estimated K". The conclusion of each case
/// (<see cref="NetworkBoundRun"/>) is that the engine's gradient and Hessian-vector product are the derivatives of its
/// loss (central differences at w0), that Algorithm 2's K̂ does not decrease as samples are added, and the bound.
/// Hypotheses: K̂ not below the curvature at w0, γ̂ an upper bound on ‖∇L‖ and γ̂∞ the supremum of max_i |∂_i L| over
/// the run's own iterates, L* replaced by the family's lower bound L̲ ≤ L* (which only enlarges L0 − L* in α and in the
/// bound, as the proof allows). Cases: ρ/γ̂ ∈ {0.1, 0.3, 1, 3, 10}, T ∈ {300, 1000, 3000}, β2 ~ U[0.9, 0.9999], N ∈ {8, 16, 32}.
/// Budgets: 40 / 200 / 1,000 cases; at least 80% must meet the hypotheses.
/// </summary>
public sealed class ConstantStepBoundNetworkClaim : InstanceClaim<NetworkBoundInstance>
{
    private static readonly double[] RhoFactors = [0.1, 0.3, 1, 3, 10];
    private static readonly long[] Horizons = [300, 1000, 3000];
    private static readonly int[] SampleCounts = [8, 16, 32];

    private readonly INetworkFamily _family;
    private readonly bool _lastSampleOnly;
    private readonly ConditionalWeakTable<NetworkBoundInstance, NetworkBoundRun> _runs = [];

    /// <summary>Creates the claim on <paramref name="family"/>; <paramref name="lastSampleOnly"/> plants the fault "K̂ from the last sample" in Algorithm 2.</summary>
    public ConstantStepBoundNetworkClaim(INetworkFamily family, bool lastSampleOnly = false)
    {
        ArgumentNullException.ThrowIfNull(family);
        _family = family;
        _lastSampleOnly = lastSampleOnly;
        ClaimDefinition analytic = new ConstantStepBoundCorrectedClaim().Definition;
        Definition = analytic with
        {
            Id = analytic.Id + ClaimDefinition.NetworksSuffix,
            Objectives = ObjectiveKind.Networks,
            Statement = analytic.Statement + " On a network, with K̂ (Algorithm 2) in place of K, γ̂ ≥ sup_t ‖∇L(w_t)‖ and γ̂∞ = sup_t max_i |∂_i L(w_t)| over the run in place of γ, γ∞.",
            Hypotheses = analytic.Hypotheses + " On a network: K̂ ≥ ‖∇²L(w0)‖ within 1%; ‖∇L(w_t)‖ ≤ γ̂ for every t ≤ T (γ̂ doubled past the run's supremum and the run repeated, up to 6 passes); L(w0) > L̲; β1 = 0. Also concluded on every case: the gradient and Hessian-vector oracles agree with central differences at w0, and K̂ does not decrease as samples are added. Cases: " + family.WithFault(NetworkOracleFault.None).Description + ".",
            Variant = analytic.Variant + "; K → K̂, γ → γ̂ ≥ sup_t ‖∇L(w_t)‖, L* → L̲",
            Cases = new CaseBudget(40, 200, 1_000),
            Qualifier = "under estimated K",
        };
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the network gradient drops every bias term", FaultTarget.Oracle, () => new ConstantStepBoundNetworkClaim(_family.WithFault(NetworkOracleFault.DroppedBiasGradient))),
        new PlantedFault("the Hessian-vector product misses the activations' curvature term", FaultTarget.Oracle, () => new ConstantStepBoundNetworkClaim(_family.WithFault(NetworkOracleFault.HvpWithoutCurvatureTerm))),
        new PlantedFault("Algorithm 2 reports the last sample's norm instead of the maximum", FaultTarget.Estimator, () => new ConstantStepBoundNetworkClaim(_family, lastSampleOnly: true)),
    ];

    /// <inheritdoc/>
    public override int MinimumMeetingHypotheses(int cases) => Math.Max(1, (int)Math.Ceiling(0.8 * cases));

    /// <inheritdoc/>
    public override NetworkBoundInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new NetworkBoundInstance(random.NextUInt64(), random.Choose(RhoFactors), random.Choose(Horizons), random.Uniform(0.9, 0.9999), random.Choose(SampleCounts), random.NextUInt64());
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(NetworkBoundInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Beta2 is < 0 or >= 1 || instance.Horizon < 1 || !(instance.RhoFactor > 0) || instance.Samples < 1)
        {
            return "hyper-parameters out of range";
        }

        return Run(instance).Unmet;
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(NetworkBoundInstance instance)
    {
        NetworkBoundRun run = Run(instance);
        double ratio = run.BoundRatio;
        string bound = string.Create(CultureInfo.InvariantCulture, $"min_t ‖∇L(w_t)‖ = {run.MinGradientNorm:G6} at t = {run.ArgMinT} vs bound {run.Bound:G6} under estimated K (ratio {ratio:G6}); {run.Constants()}");
        bool oracles = run.OracleRatio <= 1, estimator = run.EstimatorRatio <= 1, holds = oracles && estimator && ratio <= 1 + 1e-9;
        string detail = !oracles ? run.OracleDetail + "; " + bound
            : !estimator ? run.EstimatorDetail + "; " + bound
            : string.Create(CultureInfo.InvariantCulture, $"{bound}; oracle error {run.OracleRatio:G3}× its allowance");

        // The bound's ratio when the system under test passed its checks (their margins are in the detail), else the failed check's.
        double observable = !oracles ? run.OracleRatio : !estimator ? run.EstimatorRatio : ratio;
        return new CaseOutcome(holds, observable, detail)
        {
            Trivial = run.StartGradientNorm <= run.Bound * (1 + 1e-9) && oracles && estimator,
        };
    }

    /// <inheritdoc/>
    public override IEnumerable<NetworkBoundInstance> Shrink(NetworkBoundInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach (long t in Horizons.Where(t => t < instance.Horizon))
        {
            yield return instance with { Horizon = t };
        }

        if (instance.RhoFactor != 1)
        {
            yield return instance with { RhoFactor = 1 };
        }

        if (instance.Beta2 != 0.999)
        {
            yield return instance with { Beta2 = 0.999 };
        }
    }

    /// <inheritdoc/>
    public override string Describe(NetworkBoundInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        NetworkBoundRun run = Run(instance);
        return string.Create(CultureInfo.InvariantCulture, $"Algorithm 1 (β1 = 0, β2 = {instance.Beta2:G6}, no bias correction) for T = {instance.Horizon} on {run.Network}, ρ = {instance.RhoFactor:G3}·γ̂, K̂ from N = {instance.Samples} samples (estimator seed {instance.EstimatorSeed})");
    }

    private NetworkBoundRun Run(NetworkBoundInstance instance) =>
        _runs.GetValue(instance, i => NetworkBoundRun.Execute(i, _family, _lastSampleOnly));
}
