using System.Globalization;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>sign-like-without-momentum-stalls</c> (arXiv 2507.05966 [SEC]: without momentum, β1 = 0, the analysis only reaches a
/// neighbourhood of radius O(σ0), "momentum is necessary"; docs/claims.md#sign-like-without-momentum-stalls), statistical, expected
/// Refuted: read as a statement about the algorithm, Adam with β1 = 0 and otherwise the schedule of <c>adam-rate-quarter</c>
/// (1−β2 = T^{−3/4}, α = 3·T^{−3/4}/√d, no bias correction, ε = 1e-8, Gaussian noise σ = 1) stalls at a floor: the exponent b of
/// (1/T)Σ_t E‖∇F(x_t)‖₁ ∝ T^b over T ∈ {1e3, 3e3, 1e4, 3e4} is at least −0.1 (halfway between no decay and the rate
/// claim's limit −0.2). Measured: b ≈ −0.25 to −0.31, as fast as with momentum. Studies: a noisy quadratic ½‖x − c‖² with
/// c ~ N(0, I) and a generated F2, both d = 10, drawn from the run seed. Budgets: 8 / 24 / 64 replicates per horizon.
/// </summary>
public sealed class SignLikeWithoutMomentumClaim : StatisticalClaim
{
    /// <summary>The smallest exponent the stall reading allows.</summary>
    public const double Limit = -0.1;

    private readonly Fault _fault;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault in the run (none by default).</summary>
    public SignLikeWithoutMomentumClaim(Fault fault = Fault.None)
    {
        _fault = fault;
    }

    /// <summary>A fault planted in the schedule, the update or the gradient oracle.</summary>
    public enum Fault
    {
        /// <summary>No fault.</summary>
        None,

        /// <summary>α = 0.03 and the T = 1000 β2 at every horizon (no T-dependence).</summary>
        FixedSchedule,

        /// <summary>Coupled L2 weight decay λ = 1 left on in the update.</summary>
        WeightDecay,

        /// <summary>The oracle answers at x + 0.5·1 instead of x.</summary>
        ShiftedOracle,
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "sign-like-without-momentum-stalls",
        Citation: new("Peng et al., arXiv 2507.05966", "without momentum (β1 = 0) only an O(σ0) neighbourhood is reached; momentum is necessary", "[SEC]; read as a statement about the algorithm [REC]"),
        Statement: "Adam with β1 = 0 and otherwise the sign-like schedule (1−β2 = T^{-3/4}, α = 3·T^{-3/4}/√d) stalls in a noise ball: the fitted exponent of (1/T)Σ_t E‖∇F(x_t)‖₁ ∝ T^b, with its margin of k bootstrap SE, is at least −0.1.",
        Hypotheses: "F smooth with bounded-variance Gaussian noise (σ = 1); β1 = 0 < √β2 at every T.",
        Variant: "no bias correction, ε = 1e-8 outside the root, β1 = 0",
        ExpectedVerdict: Verdict.Refuted,
        Cases: CaseBudget.Of(level => AdamRateQuarterClaim.ReplicatesFor(level)))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.Pending, "as adam-rate-quarter: the fitted exponent needs no constant and the noise has bounded variance, but over the horizons the suite can afford the momentum schedule's own exponent on networks was only −0.15 to −0.01 (adam-rate-quarter's measurement), and this claim's threshold −0.1 lies inside that range, so at these horizons the fit could not tell its two readings apart; no network cases run yet."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the schedule keeps α = 0.03 and the T = 1000 β2 at every horizon (no T-dependence)", FaultTarget.Schedule, () => new SignLikeWithoutMomentumClaim(Fault.FixedSchedule)),
        new PlantedFault("coupled L2 weight decay λ = 1 left on in the update", FaultTarget.Update, () => new SignLikeWithoutMomentumClaim(Fault.WeightDecay)),
        new PlantedFault("the gradient oracle answers at x + 0.5·1 instead of x", FaultTarget.Oracle, () => new SignLikeWithoutMomentumClaim(Fault.ShiftedOracle)),
    ];

    /// <summary>The two studies, drawn from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<RateStudy> Studies(ulong seed) => Studies(seed, Fault.None);

    private static IReadOnlyList<RateStudy> Studies(ulong seed, Fault fault)
    {
        AdamOptions variant = AdamPresets.ConstantStepAlgorithm1.Template.With(beta1: 0, epsilon: 1e-8);
        IObjective[] problems = SignLikeRateProblems.Draw(new SeededRandom(SeededRandom.DeriveSeed(seed, 0xB1)));
        RateStudy Study(IObjective f) => fault switch
        {
            Fault.FixedSchedule => new RateStudy(f, variant.With(beta2: 1 - Math.Pow(1000, -0.75)), RateSchedule.Constant, AdamRateQuarterClaim.FixedStep, 1, RateMetric.AverageL1GradientNorm),
            Fault.WeightDecay => new RateStudy(f, variant, RateSchedule.SignLikeWithoutMomentum, AdamRateQuarterClaim.StepConstant, 1, RateMetric.AverageL1GradientNorm) { UpdateFault = o => o.With(weightDecay: 1, weightDecayMode: WeightDecayMode.CoupledL2) },
            Fault.ShiftedOracle => new RateStudy(f, variant, RateSchedule.SignLikeWithoutMomentum, AdamRateQuarterClaim.StepConstant, 1, RateMetric.AverageL1GradientNorm) { OracleShift = 0.5 },
            _ => new RateStudy(f, variant, RateSchedule.SignLikeWithoutMomentum, AdamRateQuarterClaim.StepConstant, 1, RateMetric.AverageL1GradientNorm),
        };
        return [.. problems.Select(Study)];
    }

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var checks = new List<SubCheck>();
        var unmet = new List<string>();
        var notes = new List<string>();
        int done = 0;
        IReadOnlyList<long> horizons = AdamRateQuarterClaim.Horizons;
        foreach (RateStudy study in Studies(settings.Seed, _fault))
        {
            unmet.AddRange(SignLikeRateProblems.UnmetHypotheses(study, horizons, withoutMomentum: true));

            RateMeasurement m = study.Measure(horizons, samples, SeededRandom.DeriveSeed(settings.Seed, (ulong)done));
            done++;
            settings.Progress?.Report(done * samples * horizons.Count);

            checks.Add(new SubCheck($"{study.Objective.Name}, β1 = 0: exponent b of (1/T)Σ E‖∇F‖₁ ∝ T^b (means {m.MeansText})", m.Fit.Slope, m.StandardError, Limit, Direction.AtLeast));

            // The contrast the statement is about, on the same study, start and noise: the momentum schedule (not judged).
            RateMeasurement withMomentum = (study with { Schedule = RateSchedule.SignLike }).Measure(horizons, samples, SeededRandom.DeriveSeed(settings.Seed, (ulong)done - 1));
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{study.Objective.Name} with momentum (1−β1 = T^-1/2, the rest as above): b = {withMomentum.Fit.Slope:G3} [{withMomentum.Fit.Lower:G3}, {withMomentum.Fit.Upper:G3}], means {string.Join(", ", withMomentum.Summaries.Select(x => x.Mean.ToString("G4", CultureInfo.InvariantCulture)))}"));
        }

        return new Measurement(checks, done * samples * horizons.Count, unmet, notes);
    }
}
