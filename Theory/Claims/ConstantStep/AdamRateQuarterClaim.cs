using System.Globalization;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>adam-rate-quarter</c> (arXiv 2507.05966 main theorem [SEC]; the α schedule is [REC]; docs/claims.md#adam-rate-quarter), statistical,
/// expected Held: with 1−β1 = T^{−1/2}, 1−β2 = T^{−3/4}, α = 3·T^{−3/4}/√d (no bias correction, ε = 1e-8 outside the root)
/// and Gaussian gradient noise σ = 1, the exponent b of (1/T)Σ_t E‖∇F(x_t)‖₁ ∝ T^b, fitted over
/// T ∈ {1e3, 3e3, 1e4, 3e4} with a 95% bootstrap interval, is at most −1/4 + 0.05 with its margin of k bootstrap SE. Checked on the noisy quadratic
/// F = ½‖x‖² (d = 10) and on a generated F2 (d = 10); β1 &lt; √β2 is checked at every T.
/// Budgets: 8 / 24 / 64 replicates per horizon.
/// </summary>
public sealed class AdamRateQuarterClaim : StatisticalClaim
{
    /// <summary>The horizons fitted.</summary>
    public static IReadOnlyList<long> Horizons { get; } = [1_000, 3_000, 10_000, 30_000];

    /// <summary>c in α = c·T^{−3/4}/√d.</summary>
    public const double StepConstant = 3;

    /// <summary>The largest exponent the claim accepts (−1/4 + 0.05).</summary>
    public const double Limit = -0.2;

    /// <summary>The fixed α of the planted schedule fault.</summary>
    public const double FixedStep = 0.03;

    private readonly bool _fixedSchedule;

    /// <summary>Creates the claim; <paramref name="fixedSchedule"/> plants a schedule that keeps α = 0.03 and the T = 1000 β's at every horizon.</summary>
    public AdamRateQuarterClaim(bool fixedSchedule = false)
    {
        _fixedSchedule = fixedSchedule;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "adam-rate-quarter",
        Citation: new("Peng et al., arXiv 2507.05966", "main theorem (O(T^{-1/4}) with 1−β1 = Θ(T^{-1/2}), 1−β2 = Θ(T^{-3/4}))", "[SEC]; α schedule [REC]"),
        Statement: "Adam with 1−β1 = T^{-1/2}, 1−β2 = T^{-3/4}, α = 3·T^{-3/4}/√d reaches (1/T)Σ_t E‖∇F(x_t)‖₁ = O(T^{-1/4}): the fitted log–log exponent, with its margin of k bootstrap SE, is at most −1/4 + 0.05.",
        Hypotheses: "F smooth with bounded-variance Gaussian noise (σ = 1); β1 < √β2 at every T fitted.",
        Variant: "no bias correction, ε = 1e-8 outside the root (the sign-like form x − α·|m|/(√v+ε)∘sign(m))",
        ExpectedVerdict: Verdict.Held,
        Cases: CaseBudget.Of(level => ReplicatesFor(level)))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.Pending, "smoothness and bounded-variance noise hold for a smooth network (with the claim's Gaussian noise σ = 1, or mini-batch noise), and the fitted exponent needs no constant. Measured in an exploratory run (not in the suite; 6 networks of the family, d = 32 to 1,577, from PyTorch's initialisation, σ = 1, 4 replicates per horizon): the fitted exponent over T ∈ {1e3, 3e3, 1e4, 3e4} was between −0.15 and −0.01, at 1–44 s per network. Presumably the schedule's steps are too small for the rate to show at horizons the suite can afford (each coordinate can move at most Σα·R ≈ 3T^{1/4}R/√d, 1 to 7 times R at T = 3e4), so a network form would be refuted because of its horizons, not because the theorem fails; no network cases run yet."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the schedule keeps α = 0.03 and the T = 1000 β's at every horizon (no T-dependence)", FaultTarget.Schedule, () => new AdamRateQuarterClaim(fixedSchedule: true)),
    ];

    /// <summary>Replicates per horizon for a budget.</summary>
    public static int ReplicatesFor(BudgetLevel level) => level switch
    {
        BudgetLevel.Quick => 8,
        BudgetLevel.Standard => 24,
        _ => 64,
    };

    /// <summary>The two studies the claim fits.</summary>
    public static IReadOnlyList<RateStudy> Studies(ulong seed) => Studies(seed, false);

    /// <summary>
    /// The claim's measurement at <paramref name="seed"/> with <paramref name="replicates"/> replicates per horizon: each
    /// study's name and rate measurement, computed once per process for each (seed, replicates) and shared with whoever
    /// asks again (the report's rate figure shows the very runs the verdict was judged on).
    /// </summary>
    /// <param name="seed">The run seed.</param>
    /// <param name="replicates">Replicates per horizon.</param>
    /// <param name="progress">
    /// Told the runs done so far when this call computes them (a call that finds them computed reports nothing, and one
    /// that waits on another's computation hears that caller's progress and, if it fails, its exception).
    /// </param>
    public static IReadOnlyList<(string Name, RateMeasurement Measurement)> Measurements(ulong seed, int replicates, IProgress<int>? progress = null) =>
        MeasurementCache.GetOrAdd(string.Create(CultureInfo.InvariantCulture, $"adam-rate-quarter/{seed}/{replicates}"), () => Measure(Studies(seed, false), seed, replicates, progress));

    private static IReadOnlyList<(string Name, RateMeasurement Measurement)> Measure(IReadOnlyList<RateStudy> studies, ulong seed, int replicates, IProgress<int>? progress = null) =>
        [.. studies.Select((study, i) =>
        {
            RateMeasurement m = study.Measure(Horizons, replicates, SeededRandom.DeriveSeed(seed, (ulong)i));
            progress?.Report((i + 1) * replicates * Horizons.Count);
            return (study.Objective.Name, m);
        })];

    private static IReadOnlyList<RateStudy> Studies(ulong seed, bool fixedSchedule)
    {
        AdamOptions variant = AdamPresets.ConstantStepAlgorithm1.Template.With(epsilon: 1e-8);
        var quadratic = new QuadraticObjective(Enumerable.Repeat(1.0, 10).ToArray(), Rotation.Identity(10), new double[10]);
        IObjective cauchy = ObjectiveGenerator.Draw(ObjectiveFamily.CauchySum, new SeededRandom(seed), 10);
        RateStudy Study(IObjective f) => fixedSchedule
            ? new RateStudy(f, variant.With(beta1: 1 - Math.Pow(1000, -0.5), beta2: 1 - Math.Pow(1000, -0.75)), RateSchedule.Constant, FixedStep, 1, RateMetric.AverageL1GradientNorm)
            : new RateStudy(f, variant, RateSchedule.SignLike, StepConstant, 1, RateMetric.AverageL1GradientNorm);
        return [Study(quadratic), Study(cauchy)];
    }

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var unmet = new List<string>();
        IReadOnlyList<RateStudy> studies = Studies(settings.Seed, _fixedSchedule);
        foreach (RateStudy study in studies)
        {
            unmet.AddRange(SignLikeRateProblems.UnmetHypotheses(study, Horizons));
        }

        // The claim's own measurement is shared (Measurements); a planted schedule fault measures its own runs.
        IReadOnlyList<(string Name, RateMeasurement Measurement)> measured = _fixedSchedule
            ? Measure(studies, settings.Seed, samples, settings.Progress)
            : Measurements(settings.Seed, samples, settings.Progress);
        SubCheck[] checks = [.. measured.Select(x => new SubCheck($"{x.Name}: exponent b of (1/T)Σ E‖∇F‖₁ ∝ T^b (means {x.Measurement.MeansText})", x.Measurement.Fit.Slope, x.Measurement.StandardError, Limit, Direction.AtMost))];
        return new Measurement(checks, measured.Count * samples * Horizons.Count, unmet, []);
    }
}
