using System.Globalization;
using System.Runtime.CompilerServices;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.SummableSteps;

/// <summary>
/// <c>summable-steps-stall@networks</c> (docs/claims.md#networks): the mechanism of <see cref="SummableStepsStallClaim"/>
/// on generated networks. Each Adam step moves each coordinate by at most α_t·R when β1² &lt; β2 (R = (1−β1)/
/// (√(1−β2)·√(1−β1²/β2)), arXiv 2507.05966's bound, with or without bias correction, for every ε ≥ 0), so with summable
/// steps α_t = α0·r^(t−1) the run stays in the box ‖w_t − w0‖∞ ≤ R·Σ_{s≤t} α_s around w0 and cannot reach a critical
/// point outside it. Checked at every step of full-batch training of a network drawn from the family, with the run's
/// own variant (β1 ~ U[0, 0.95), β2 ~ U[0.99, 0.9999], ε ∈ {0, 1e-8}, bias correction or not), α0 ~ U[0.01, 0.2],
/// r ~ U[0.5, 0.98] and T = 400 (r^T ≤ 3.1e-4: the run has spent its budget Σα). No constant of the network is needed,
/// so the verdict carries no qualifier. Budgets: 40 / 200 / 1,000 cases.
/// </summary>
public sealed class SummableStepsNetworkClaim : InstanceClaim<SummableNetworkInstance>
{
    /// <summary>T.</summary>
    public const long Horizon = 400;

    private static readonly double[] Epsilons = [0, 1e-8];

    private readonly INetworkFamily _family;
    private readonly Func<SummableNetworkInstance, IStepSchedule> _schedule;
    private readonly Func<double, double, double> _bound;
    private readonly ConditionalWeakTable<SummableNetworkInstance, SummableNetworkRun> _runs = [];

    /// <summary>Creates the claim on <paramref name="family"/>.</summary>
    /// <param name="family">The networks.</param>
    /// <param name="schedule">The schedule the run is given (default: the summable α0·r^(t−1); another plants a fault).</param>
    /// <param name="bound">(β1, β2) ↦ the per-step bound on |m|/(√v + ε) the box is built from (default R; another plants a fault).</param>
    public SummableStepsNetworkClaim(INetworkFamily family, Func<SummableNetworkInstance, IStepSchedule>? schedule = null, Func<double, double, double>? bound = null)
    {
        ArgumentNullException.ThrowIfNull(family);
        _family = family;
        _schedule = schedule ?? Summable;
        _bound = bound ?? SignRatioBound.R;
        ClaimDefinition analytic = new SummableStepsStallClaim().Definition;
        Definition = analytic with
        {
            Id = analytic.Id + ClaimDefinition.NetworksSuffix,
            Objectives = ObjectiveKind.Networks,
            Statement = "On a network, the stall's mechanism: with summable steps α_t = α0·r^(t−1) and β1² < β2, every coordinate stays within R·Σ_{s≤t} α_s of w0 at every step t (‖w_t − w0‖∞ ≤ R·Σ_{s≤t} α_s, R = (1−β1)/(√(1−β2)·√(1−β1²/β2))), so no critical point outside that box is ever reached.",
            Hypotheses = "β1² < β2; α_t = α0·r^(t−1) with r < 1; full-batch training from the network's w0 for T = 400 steps. Cases: " + family.WithFault(NetworkOracleFault.None).Description + ".",
            Cases = new CaseBudget(40, 200, 1_000),
        };
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the schedule's decay dropped: the run takes α0 at every step (not summable)", FaultTarget.Schedule, () => new SummableStepsNetworkClaim(_family, schedule: i => new ConstantSchedule(i.Alpha0))),
        new PlantedFault("the box built from (1−β1)/√(1−β2), R without its factor 1/√(1−β1²/β2)", FaultTarget.Oracle, () => new SummableStepsNetworkClaim(_family, bound: (b1, b2) => (1 - b1) / Math.Sqrt(1 - b2))),
    ];

    /// <inheritdoc/>
    public override SummableNetworkInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ulong network = random.NextSeed();
        double b1 = random.Uniform(0, 0.95);
        double b2 = random.Uniform(0.99, 0.9999);
        double epsilon = random.Choose(Epsilons);
        bool bias = random.Bernoulli(0.5);
        double alpha0 = random.Uniform(0.01, 0.2), ratio = random.Uniform(0.5, 0.98);
        return new SummableNetworkInstance(network, b1, b2, epsilon, bias, alpha0, ratio, Horizon);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(SummableNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return SummableStepHypotheses.UnmetHypothesis(instance.Beta1, instance.Beta2, instance.Ratio);
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(SummableNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        SummableNetworkRun run = Execute(instance);
        bool holds = run.Finite && run.WorstRatio <= 1 + 1e-9;
        string detail = string.Create(CultureInfo.InvariantCulture, $"max_t ‖w_t − w0‖∞/(R·Σ_(s≤t) α_s) = {run.WorstRatio:G6} at t = {run.WorstStep} (coordinate {run.WorstCoordinate}), R·Σα = {run.Reach:G4}; ‖∇L‖ from {run.StartGradientNorm:G4} to {run.EndGradientNorm:G4}{(run.Finite ? string.Empty : "; a non-finite iterate")}");
        return new CaseOutcome(holds, run.Finite ? run.WorstRatio : double.PositiveInfinity, detail);
    }

    /// <inheritdoc/>
    public override IEnumerable<SummableNetworkInstance> Shrink(SummableNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Epsilon != 0)
        {
            yield return instance with { Epsilon = 0 };
        }

        SummableNetworkInstance round = instance with { Beta1 = Math.Round(instance.Beta1, 1), Beta2 = Math.Round(instance.Beta2, 3), Ratio = Math.Round(instance.Ratio, 2) };
        if (round.Beta2 < 1 && round.Ratio is > 0 and < 1 && round != instance)
        {
            yield return round;
        }
    }

    /// <inheritdoc/>
    public override string Describe(SummableNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        string network = _family.Draw(new SeededRandom(instance.NetworkSeed)).Description;
        return string.Create(CultureInfo.InvariantCulture, $"{network}: Adam β1 = {instance.Beta1:G3}, β2 = {instance.Beta2:G5}, ε = {instance.Epsilon:G2}, {(instance.BiasCorrection ? "bias-corrected" : "no bias correction")}, α_t = {instance.Alpha0:G3}·{instance.Ratio:G3}^(t−1), T = {instance.Horizon}");
    }

    private static ExponentialSchedule Summable(SummableNetworkInstance instance) => new(instance.Alpha0, instance.Ratio);

    private SummableNetworkRun Execute(SummableNetworkInstance instance) => _runs.GetValue(instance, Train);

    /// <summary>Trains the case's network with the run's schedule and measures the travel against the box of the stated schedule.</summary>
    private SummableNetworkRun Train(SummableNetworkInstance instance)
    {
        GeneratedNetwork network = _family.Draw(new SeededRandom(instance.NetworkSeed));
        IObjective f = network.Objective;
        double[] w0 = network.Start;
        double[] w = [.. w0];
        var g = new double[w.Length];
        AdamOptions options = instance.Options();
        var state = new AdamState(w.Length);
        IStepSchedule used = _schedule(instance);
        ExponentialSchedule stated = Summable(instance);
        double bound = _bound(instance.Beta1, instance.Beta2);
        double budget = 0, worst = 0, startNorm = 0;
        long worstStep = 0;
        int worstCoordinate = 0;
        bool finite = true;
        for (long t = 1; t <= instance.Horizon && finite; t++)
        {
            f.Gradient(w, g);
            if (t == 1)
            {
                startNorm = VectorMath.Norm(g);
            }

            AdamUpdate.Step(options, state, w, g, used.Alpha(t));
            budget += stated.Alpha(t);
            double box = bound * budget;
            for (int i = 0; i < w.Length; i++)
            {
                double travel = Math.Abs(w[i] - w0[i]);
                finite &= double.IsFinite(w[i]);
                if (travel / box > worst)
                {
                    (worst, worstStep, worstCoordinate) = (travel / box, t, i);
                }
            }
        }

        f.Gradient(w, g);
        return new SummableNetworkRun(worst, worstStep, worstCoordinate, bound * budget, startNorm, VectorMath.Norm(g), finite);
    }
}
