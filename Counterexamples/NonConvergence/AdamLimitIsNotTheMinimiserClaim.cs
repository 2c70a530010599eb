using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;
using Adam.Verification.Theory.Schedules;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// <c>adam-limit-is-not-the-minimiser</c> (Dereich, Do, Jentzen &amp; von Wurstemberger, "Adam symmetry theorem" [SRC
/// abstract]; Dereich–Jentzen–Kassing 2511.04622 [SRC abstract]; CLAIMS.md §4c P4.3), statistical, expected Held: for
/// asymmetric data X ~ Bernoulli(0.2), β = (0, 0.5), ε = 1e-8, γ_n = 0.05·n^{−0.7}, the tail mean θ̄ of Θ_n over the last
/// 10% of N = 4·10⁴ steps (mean over paths ± SE) is farther than 0.1 from the minimiser EX = 0.2, and within 0.005 of
/// θ_A, the zero of the Adam vector field, computed independently by the drift oracle (root of E_stat[u] with θ frozen,
/// ≈ 0.037 per CLAIMS.md). Paths: 400 / 1,000 / 4,000.
/// </summary>
public sealed class AdamLimitIsNotTheMinimiserClaim : IClaim
{
    /// <summary>N.</summary>
    public const long Steps = 40_000;

    private readonly double _beta2;

    /// <summary>Creates the claim; <paramref name="beta2"/> is 0.5 (0.999, where the offset is below 1e-3, plants the wrong regime).</summary>
    public AdamLimitIsNotTheMinimiserClaim(double beta2 = 0.5)
    {
        _beta2 = beta2;
    }

    /// <inheritdoc/>
    public string Id => "adam-limit-is-not-the-minimiser";

    /// <inheritdoc/>
    public Citation Citation { get; } = new("Dereich, Do, Jentzen & von Wurstemberger (Adam symmetry theorem); Dereich, Jentzen & Kassing, arXiv 2511.04622", "limits are zeros of the Adam vector field", "[SRC abstracts]; test design [REC] CLAIMS.md §4c P4.3");

    /// <inheritdoc/>
    public string Statement => "For asymmetric data (Bernoulli(0.2)) and small β2 (β = (0, 0.5)), Adam with decaying rates settles at the zero θ_A of the Adam vector field, not at the minimiser EX = 0.2: |θ̄ − 0.2| > 0.1 and |θ̄ − θ_A| ≤ 0.005.";

    /// <inheritdoc/>
    public string Hypotheses => "ℓ(θ, x) = ‖θ − x‖², d = 1, J = 1, X asymmetric about its mean; γ_n = 0.05·n^{-0.7}.";

    /// <inheritdoc/>
    public string Variant => "Kingma–Ba, β1 = 0, β2 = 0.5, ε = 1e-8, Θ0 = 0";

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Verdict.Held;

    /// <summary>θ_A: the root in [0, EX] of the stationary mean direction with θ frozen (drift oracle, 8 × 20,000 steps).</summary>
    public static (double Root, DriftEstimate Drift) AdamVectorFieldZero(AdamOptions options, ulong seed, int iterations = 30)
    {
        ArgumentNullException.ThrowIfNull(options);
        DriftEstimate At(double theta)
        {
            var randoms = Enumerable.Range(0, 8).Select(p => new SeededRandom(SeededRandom.DeriveSeed(seed, (ulong)p))).ToArray();
            return StationaryDrift.Estimate(options, 8, 1_000, 1, 20_000, (_, g) =>
            {
                for (int p = 0; p < g.Length; p++)
                {
                    g[p] = 2 * (theta - DataSampler.Draw(DataDistribution.Bernoulli, randoms[p]));
                }
            });
        }

        double lo = -0.5, hi = 1;
        for (int k = 0; k < iterations; k++)
        {
            double mid = 0.5 * (lo + hi);
            if (At(mid).Mean < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        double root = 0.5 * (lo + hi);
        return (root, At(root));
    }

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        int paths = settings.CasesOverride ?? NonVanishingRateNonConvergenceClaim.PathsFor(settings.Budget);
        var setup = new QuadraticDataSetup(DataDistribution.Bernoulli, 1, 0, _beta2, 1e-8, new InversePowerSchedule(0.05, 0.7));
        QuadraticDataRun run = QuadraticDataEnsemble.Run(setup, paths, Steps, settings.Seed, [Steps]);
        (double thetaA, DriftEstimate drift) = AdamVectorFieldZero(setup.Options(), SeededRandom.DeriveSeed(settings.Seed, 1));
        MonteCarloSummary tail = run.TailIterate;
        double offset = Math.Abs(tail.Mean - 0.2);
        double gap = Math.Abs(tail.Mean - thetaA);
        bool held = offset - (3 * tail.StandardError) > 0.1 && gap <= 0.005;
        string evidence = string.Create(CultureInfo.InvariantCulture, $"θ̄ = {tail}; |θ̄ − EX| = {offset:G4} (> 0.1 required); θ_A = {thetaA:G5} from the drift oracle ({drift} at θ_A); |θ̄ − θ_A| = {gap:G3} (≤ 0.005 required).");
        return new ClaimResult(Id, Citation.ToString(), Statement, held ? Verdict.Held : Verdict.Refuted, ExpectedVerdict, paths, paths, settings.Seed, null, clock.Elapsed.TotalSeconds, Math.Max(0.1 / Math.Max(offset, 1e-12), gap / 0.005), evidence);
    }
}
