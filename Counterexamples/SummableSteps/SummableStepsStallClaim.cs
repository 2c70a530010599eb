using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.SignRatio;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.SummableSteps;

/// <summary>
/// <c>summable-steps-stall</c> (arXiv 2309.08339 §3 claims it; construction [REC] docs/claims.md#summable-steps-stall), expected Held.
/// Every Adam step moves each coordinate by at most α_t·R (β1² &lt; β2, arXiv 2507.05966's bound), so with summable
/// steps ‖w_t − w0‖∞ ≤ R·Σα. On pseudo-Huber f (∂_i f = u_i/√(1+u_i²)) started with every |u0_i| &gt; R·Σα,
/// ‖∇f(w_t)‖ ≥ √(Σ_i φ(|u0_i| − RΣα)²), φ(u) = u/√(1+u²), for every t: the run stalls at a non-critical point.
/// β2 ~ U[0.99, 0.9999] (long second-moment memory, as in
/// the paper's setting). Contrast: from the same start, Kingma–Ba Adam (α = 0.1, β = (0.9, 0.999)) with the constant
/// step, and with the step decaying linearly to 0 over 20,000 steps, reaches ‖∇f‖ &lt; 1e-6. Budgets: 40 / 200 / 1,000 cases.
/// </summary>
public sealed class SummableStepsStallClaim : InstanceClaim<SummableStallInstance>
{
    /// <summary>Horizon of the contrast runs.</summary>
    public const long ContrastHorizon = 20_000;

    /// <summary>
    /// The contrast runs' Adam: Kingma–Ba with α = 0.1, β = (0.9, 0.999), ε = 1e-8 (docs/claims.md#summable-steps-stall's contrast). A constant
    /// step with a short second-moment memory or little momentum settles into an O(α) oscillation instead (the
    /// non-convergence of arXiv 2407.08100), so the contrast fixes the practical defaults.
    /// </summary>
    public static AdamOptions ContrastOptions { get; } = new(alpha: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8);

    /// <summary>The gradient norm the contrast runs must reach.</summary>
    public const double ContrastTolerance = 1e-6;

    private static readonly double[] Epsilons = [0, 1e-8];
    private readonly double _marginFactor;
    private readonly Func<SummableStallInstance, IStepSchedule> _schedule;

    /// <summary>
    /// Creates the claim. <paramref name="marginFactor"/> scales the floor (1 = the claim; &gt; 1 plants a wrong
    /// floor that the check must reject).
    /// </summary>
    /// <param name="marginFactor">Scales the floor (1 = the claim).</param>
    /// <param name="schedule">The schedule the stalled run is given (default: the summable α0·r^(t−1); another plants a fault).</param>
    public SummableStepsStallClaim(double marginFactor = 1, Func<SummableStallInstance, IStepSchedule>? schedule = null)
    {
        _marginFactor = marginFactor;
        _schedule = schedule ?? (i => new ExponentialSchedule(i.Alpha0, i.Ratio));
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the schedule's decay dropped: the run takes α0 at every step (not summable)", FaultTarget.Schedule, () => new SummableStepsStallClaim(schedule: i => new ConstantSchedule(i.Alpha0))),
        new PlantedFault("floor 3× the derived one", FaultTarget.Oracle, () => new SummableStepsStallClaim(marginFactor: 3)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "summable-steps-stall",
        Citation: new("arXiv 2309.08339", "§3 (time-dependent steps may stall)", "[REC] construction docs/claims.md#summable-steps-stall, P1.3"),
        Statement: "With summable steps Σα_t < ∞ and β1² < β2, Adam started at distance > R·Σα_t (per coordinate) from every critical point of pseudo-Huber f never gets closer: ‖∇f(w_t)‖ ≥ √(Σ_i φ(|u0_i| − RΣα)²) for all t; from the same start, Adam (0.1, β = (0.9, 0.999)) with constant or linearly decaying steps reaches ‖∇f‖ < 1e-6.",
        Hypotheses: "β1² < β2; α_t = α0·r^(t−1) with r < 1; every |u0_i| > R·α0/(1−r).",
        Variant: "Adam with or without bias correction, ε ∈ {0, 1e-8} outside the root",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(40, 200, 1_000))
    {
        Presets = [AdamPresets.KingmaBa, AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.Checked, "summable-steps-stall@networks: the stall's mechanism, every coordinate within R·Σ_(s≤t) α_s of w0 at every step, checked along full-batch training of generated networks; the pseudo-Huber floor on ‖∇f‖ has no network counterpart (a network's critical points are unknown), so that part stays analytic."),
    };

    /// <inheritdoc/>
    public override SummableStallInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int d = random.NextInt(1, 8);
        double b1 = random.Uniform(0, 0.95);
        double b2 = random.Uniform(0.99, 0.9999);
        double alpha0 = random.Uniform(0.01, 0.2), ratio = random.Uniform(0.5, 0.99);
        double reach = SignRatioBound.R(b1, b2) * alpha0 / (1 - ratio);
        double[] offsets = Enumerable.Range(0, d).Select(_ => random.Sign() * reach * random.Uniform(1.05, 2)).ToArray();
        return new SummableStallInstance(ObjectiveGenerator.Gaussian(random, d, 1), offsets, b1, b2, random.Choose(Epsilons), random.Bernoulli(0.5), alpha0, ratio, 3_000);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(SummableStallInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (SummableStepHypotheses.UnmetHypothesis(instance.Beta1, instance.Beta2, instance.Ratio) is { } unmet)
        {
            return unmet;
        }

        return instance.Offsets.All(u => Math.Abs(u) > Reach(instance)) ? null : "some |u0_i| ≤ R·Σα";
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(SummableStallInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var f = new PseudoHuberObjective(instance.Centre);
        double reach = Reach(instance);
        double floor = _marginFactor * Math.Sqrt(instance.Offsets.Sum(u => Phi(Math.Abs(u) - reach) * Phi(Math.Abs(u) - reach)));
        Trajectory stall = Run(f, instance.Start(), instance.Options(), _schedule(instance), instance.Horizon);
        double lowest = Math.Min(stall.MinGradientNorm ?? double.NaN, stall.Records.Min(r => r.GradientNorm ?? double.PositiveInfinity));
        Trajectory constant = Run(f, instance.Start(), ContrastOptions, new ConstantSchedule(ContrastOptions.Alpha), ContrastHorizon);
        Trajectory linear = Run(f, instance.Start(), ContrastOptions, new LinearSchedule(ContrastOptions.Alpha, ContrastHorizon), ContrastHorizon);
        bool stalls = lowest >= floor * (1 - 1e-12);
        bool contrast = constant.MinGradientNorm < ContrastTolerance && linear.MinGradientNorm < ContrastTolerance;
        double observable = Math.Max(floor / lowest, Math.Max(constant.MinGradientNorm ?? 1, linear.MinGradientNorm ?? 1) / ContrastTolerance > 1 ? 2 : 0);
        return new CaseOutcome(
            stalls && contrast,
            observable,
            string.Create(CultureInfo.InvariantCulture, $"R·Σα = {reach:G4}: summable run min ‖∇f‖ = {lowest:G6} ≥ floor {floor:G6}? {stalls}; contrast min ‖∇f‖: constant {constant.MinGradientNorm:G3}, linear decay {linear.MinGradientNorm:G3} (need < 1e-6)"));
    }

    /// <inheritdoc/>
    public override IEnumerable<SummableStallInstance> Shrink(SummableStallInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Offsets.Length > 1)
        {
            yield return instance with { Centre = instance.Centre[..1], Offsets = instance.Offsets[..1] };
        }

        SummableStallInstance round = instance with { Beta1 = Math.Round(instance.Beta1, 1), Beta2 = Math.Round(instance.Beta2, 3), Alpha0 = SignRatioShrinker.RoundSignificant(instance.Alpha0, 1), Ratio = Math.Round(instance.Ratio, 2) };
        bool valid = round.Beta2 < 1 && round.Ratio is > 0 and < 1 && round.Alpha0 > 0;
        if (valid && (round.Beta1 != instance.Beta1 || round.Beta2 != instance.Beta2 || round.Alpha0 != instance.Alpha0 || round.Ratio != instance.Ratio))
        {
            yield return round;
        }
    }

    /// <inheritdoc/>
    public override string Describe(SummableStallInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return string.Create(CultureInfo.InvariantCulture, $"pseudo-Huber d = {instance.Offsets.Length}, u0 = ({string.Join(", ", instance.Offsets.Select(u => u.ToString("G4", CultureInfo.InvariantCulture)))}), β1 = {instance.Beta1:G3}, β2 = {instance.Beta2:G5}, ε = {instance.Epsilon:G2}, {(instance.BiasCorrection ? "bias-corrected" : "no bias correction")}, α_t = {instance.Alpha0:G3}·{instance.Ratio:G3}^(t−1)");
    }

    private static double Reach(SummableStallInstance instance) =>
        SignRatioBound.R(instance.Beta1, instance.Beta2) * instance.Alpha0 / (1 - instance.Ratio);

    private static double Phi(double u) => u / Math.Sqrt(1 + (u * u));

    private static Trajectory Run(PseudoHuberObjective f, double[] start, AdamOptions options, IStepSchedule schedule, long horizon) =>
        Runner.Run(RunSpec.Deterministic(f, new AdamOptimizer(options, f.Dimension), schedule, start, horizon) with
        {
            Record = RecordFields.GradientNorm,
            GradientTolerance = ContrastTolerance / 2,
        });
}
