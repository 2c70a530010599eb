using System.Globalization;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>adam-rate-epsilon-free</c> (arXiv 2507.05966, abstract [SEC]: the rate "does not depend on" ε; read as a statement
/// about the plain metric [REC]; docs/claims.md#adam-rate-epsilon-free), statistical, expected <b>Refuted</b>: with the
/// schedule of <c>adam-rate-quarter</c> (1−β1 = T^{−1/2}, 1−β2 = T^{−3/4}, α = 3·T^{−3/4}/√d, no bias correction, ε outside
/// the root, Gaussian noise σ = 1), the exponent b of (1/T)Σ_t E‖∇F(x_t)‖₁ ∝ T^b over T ∈ {1e3, 3e3, 1e4, 3e4} is at most
/// −1/4 + 0.05 for every ε ∈ {0, 1, 100}, each with its margin of k bootstrap SE. Measured: b ≈ −0.28 / −0.26 at ε = 0,
/// −0.24 / −0.21 at ε = 1 and −0.01 / −0.06 to 0.00 at ε = 100 (quadratic / F2): once ε dwarfs √v (≈ σ), the
/// step is α·m/ε, SGD with momentum at a rate α/(1 + ε), and the decay starts only near T ≈ 1e8: the constant grows with
/// ε, not the exponent, and the verdict rests on our α, which ignores ε (scaling it by 1 + ε, a planted fault, gives the
/// rate back). Close to trivially false, then, and recorded because the abstract states it without a bound on ε. A bound stated for a metric weighted by u_t = |m_t|/(√v_t + ε),
/// which shrinks like 1/ε, could be free of ε and still say nothing about ‖∇F‖ itself. Studies: a noisy quadratic ½‖x − c‖² with
/// c ~ N(0, I) and a generated F2, both d = 10, drawn from the run seed. Budgets: 8 / 24 / 64 replicates per horizon, ε and study.
/// </summary>
public sealed class AdamRateEpsilonFreeClaim : StatisticalClaim
{
    /// <summary>The ε's fitted.</summary>
    private static readonly double[] Epsilons = [0, 1, 100];

    private readonly Fault _fault;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault in the run (none by default).</summary>
    public AdamRateEpsilonFreeClaim(Fault fault = Fault.None)
    {
        _fault = fault;
    }

    /// <summary>A fault planted in the update or the schedule.</summary>
    public enum Fault
    {
        /// <summary>No fault.</summary>
        None,

        /// <summary>The update ignores ε (divides by √v alone).</summary>
        EpsilonIgnored,

        /// <summary>The schedule's constant scaled by 1 + ε (α compensates a large ε).</summary>
        StepScaledWithEpsilon,
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "adam-rate-epsilon-free",
        Citation: new("Peng et al., arXiv 2507.05966", "abstract: the rate does not depend on the dimension or on ε", "[SEC]; read for the plain ℓ1 metric [REC]"),
        Statement: "The O(T^{-1/4}) rate of adam-rate-quarter holds whatever ε ≥ 0: for each ε ∈ {0, 1, 100}, the fitted exponent of (1/T)Σ_t E‖∇F(x_t)‖₁ ∝ T^b over T ∈ {1e3, 3e3, 1e4, 3e4}, with its margin of k bootstrap SE, is at most −1/4 + 0.05.",
        Hypotheses: "F smooth with bounded-variance Gaussian noise (σ = 1); β1 < √β2 at every T fitted; ε ≥ 0 (the abstract, as our source gives it, names no bound on ε).",
        Variant: "no bias correction, ε ∈ {0, 1, 100} outside the root (the sign-like form x − α·|m|/(√v+ε)∘sign(m))",
        ExpectedVerdict: Verdict.Refuted,
        Cases: CaseBudget.Of(level => AdamRateQuarterClaim.ReplicatesFor(level)))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.Pending, "as adam-rate-quarter: the fitted exponent needs no constant and the noise has bounded variance, but over the horizons the suite can afford the exponent on networks was only −0.15 to −0.01 at ε = 1e-8 (adam-rate-quarter's measurement), so a network form would be refuted at ε = 0 already and its verdict could not be attributed to ε; no network cases run yet."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update ignores ε (divides by √v alone)", FaultTarget.Update, () => new AdamRateEpsilonFreeClaim(Fault.EpsilonIgnored)),
        new PlantedFault("the schedule's constant is scaled by 1 + ε", FaultTarget.Schedule, () => new AdamRateEpsilonFreeClaim(Fault.StepScaledWithEpsilon)),
    ];

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IObjective[] objectives = SignLikeRateProblems.Draw(new SeededRandom(SeededRandom.DeriveSeed(settings.Seed, 0xE5)));
        IReadOnlyList<long> horizons = AdamRateQuarterClaim.Horizons;
        var checks = new List<SubCheck>();
        var unmet = new List<string>();
        int done = 0;
        for (int p = 0; p < objectives.Length; p++)
        {
            foreach (double epsilon in Epsilons)
            {
                AdamOptions variant = AdamPresets.ConstantStepAlgorithm1.Template.With(epsilon: epsilon);
                double constant = _fault == Fault.StepScaledWithEpsilon ? AdamRateQuarterClaim.StepConstant * (1 + epsilon) : AdamRateQuarterClaim.StepConstant;
                var study = new RateStudy(objectives[p], variant, RateSchedule.SignLike, constant, 1, RateMetric.AverageL1GradientNorm)
                {
                    UpdateFault = _fault == Fault.EpsilonIgnored ? o => o.With(epsilon: 0) : null,
                };
                unmet.AddRange(SignLikeRateProblems.UnmetHypotheses(study, horizons));

                // Common random numbers across ε: the same start and noise for every ε of a problem.
                RateMeasurement m = study.Measure(horizons, samples, SeededRandom.DeriveSeed(settings.Seed, (ulong)p));
                done += samples * horizons.Count;
                settings.Progress?.Report(done);
                checks.Add(new SubCheck(string.Create(CultureInfo.InvariantCulture, $"{objectives[p].Name}, ε = {epsilon:G3}: exponent b of (1/T)Σ E‖∇F‖₁ ∝ T^b (means {m.MeansText})"), m.Fit.Slope, m.StandardError, AdamRateQuarterClaim.Limit, Direction.AtMost));
            }
        }

        return new Measurement(checks, done, unmet, []);
    }
}
