using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>adam-rate-quarter</c> (arXiv 2507.05966 main theorem, CLAIMS.md §5c [SEC]; the α schedule is [REC]), statistical,
/// expected Held: with 1−β1 = T^{−1/2}, 1−β2 = T^{−3/4}, α = 3·T^{−3/4}/√d (no bias correction, ε = 1e-8 outside the root)
/// and Gaussian gradient noise σ = 1, the exponent b of (1/T)Σ_t E‖∇F(x_t)‖₁ ∝ T^b, fitted over
/// T ∈ {1e3, 3e3, 1e4, 3e4} with a 95% bootstrap interval, has upper end ≤ −1/4 + 0.05. Checked on the noisy quadratic
/// F = ½‖x‖² (d = 10) and on a generated F2 (d = 10). Refuted when the interval lies entirely above −0.2.
/// Budgets: 8 / 24 / 64 replicates per horizon.
/// </summary>
public sealed class AdamRateQuarterClaim : IClaim
{
    /// <summary>The horizons fitted.</summary>
    public static IReadOnlyList<long> Horizons { get; } = [1_000, 3_000, 10_000, 30_000];

    /// <summary>c in α = c·T^{−3/4}/√d.</summary>
    public const double StepConstant = 3;

    /// <summary>The largest exponent the claim accepts (−1/4 + 0.05).</summary>
    public const double Limit = -0.2;

    private readonly double _limit;

    /// <summary>Creates the claim; <paramref name="limit"/> is the largest accepted exponent (−0.2; a smaller value plants a too-strong rate).</summary>
    public AdamRateQuarterClaim(double limit = Limit)
    {
        _limit = limit;
    }

    /// <inheritdoc/>
    public string Id => "adam-rate-quarter";

    /// <inheritdoc/>
    public Citation Citation { get; } = new("Peng et al., arXiv 2507.05966", "main theorem (O(T^{-1/4}) with 1−β1 = Θ(T^{-1/2}), 1−β2 = Θ(T^{-3/4}))", "[SEC]; α schedule [REC] CLAIMS.md §5c");

    /// <inheritdoc/>
    public string Statement => "Adam with 1−β1 = T^{-1/2}, 1−β2 = T^{-3/4}, α = 3·T^{-3/4}/√d reaches (1/T)Σ_t E‖∇F(x_t)‖₁ = O(T^{-1/4}): the fitted exponent's 95% interval lies below −1/4 + 0.05.";

    /// <inheritdoc/>
    public string Hypotheses => "F smooth with bounded-variance Gaussian noise (σ = 1); β1 < √β2 at every T fitted.";

    /// <inheritdoc/>
    public string Variant => "no bias correction, ε = 1e-8 outside the root (the sign-like form x − α·|m|/(√v+ε)∘sign(m))";

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Verdict.Held;

    /// <summary>Replicates per horizon for a budget.</summary>
    public static int ReplicatesFor(BudgetLevel level) => level switch
    {
        BudgetLevel.Quick => 8,
        BudgetLevel.Standard => 24,
        _ => 64,
    };

    /// <summary>The two studies the claim fits.</summary>
    public static IReadOnlyList<RateStudy> Studies(ulong seed)
    {
        AdamOptions variant = AdamPresets.ConstantStepAlgorithm1.Template.With(epsilon: 1e-8);
        var quadratic = new QuadraticObjective(Enumerable.Repeat(1.0, 10).ToArray(), Rotation.Identity(10), new double[10]);
        IObjective cauchy = ObjectiveGenerator.Draw(ObjectiveFamily.CauchySum, new SeededRandom(seed), 10);
        return
        [
            new RateStudy(quadratic, variant, RateSchedule.SignLike, StepConstant, 1, RateMetric.AverageL1GradientNorm),
            new RateStudy(cauchy, variant, RateSchedule.SignLike, StepConstant, 1, RateMetric.AverageL1GradientNorm),
        ];
    }

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        int replicates = settings.CasesOverride ?? ReplicatesFor(settings.Budget);
        Verdict verdict = Verdict.Held;
        var evidence = new List<string>();
        double worst = double.NegativeInfinity;
        int done = 0;
        foreach (RateStudy study in Studies(settings.Seed))
        {
            RateMeasurement m = study.Measure(Horizons, replicates, SeededRandom.DeriveSeed(settings.Seed, (ulong)done));
            done++;
            settings.Progress?.Report(done * replicates * Horizons.Count);
            worst = Math.Max(worst, m.Fit.Upper);
            evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{study.Objective.Name}: exponent {m.Fit} from means {string.Join(", ", m.Summaries.Select((s, k) => $"{s.Mean:G4}±{s.StandardError:G2} at T = {Horizons[k]}"))}"));
            if (m.Fit.Lower > _limit)
            {
                verdict = Verdict.Refuted;
            }
            else if (m.Fit.Upper > _limit && verdict == Verdict.Held)
            {
                verdict = Verdict.Inconclusive;
            }
        }

        return new ClaimResult(Id, Citation.ToString(), Statement, verdict, ExpectedVerdict, done * replicates * Horizons.Count, done * replicates * Horizons.Count, settings.Seed, null, clock.Elapsed.TotalSeconds, worst, string.Join("; ", evidence) + ".");
    }
}
