using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;
using Adam.Verification.Theory.Schedules;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// <c>adam-limit-is-not-the-minimiser</c> (Dereich, Do, Jentzen &amp; von Wurstemberger, "Adam symmetry theorem" [SRC
/// abstract]; Dereich–Jentzen–Kassing 2511.04622 [SRC abstract]; docs/claims.md#adam-limit-is-not-the-minimiser),
/// statistical, expected Held: for asymmetric data X ~ Bernoulli(0.2), β = (0, 0.5), ε = 1e-8, γ_n = 0.05·n^{−0.7},
/// the tail mean θ̄ of Θ_n over the last 10% of N = 4·10⁴ steps (mean over paths ± SE) is farther than 0.1 from the
/// minimiser EX = 0.2, and within 0.01 of θ_A, the zero of the Adam vector field, computed independently by the drift
/// oracle (root of E_stat[u] with θ frozen, ≈ 0.038), each with its margin of k SE (θ_A's own SE from the drift's SE
/// over the drift's slope; the drift oracle's 8 × 20,000 steps put θ_A's SE near 0.001, so a tolerance of 0.005 would sit
/// inside k SE of it — 0.01 is still a sixteenth of the distance to EX). Paths: 400 / 1,000 / 4,000.
/// </summary>
public sealed class AdamLimitIsNotTheMinimiserClaim : StatisticalClaim
{
    /// <summary>N.</summary>
    public const long Steps = 40_000;

    /// <summary>The β2 of the statement.</summary>
    public const double Beta2 = 0.5;

    private readonly double _beta2;

    /// <summary>Creates the claim; <paramref name="beta2"/> is the β2 the update uses (0.5; 0.999, where the offset is below 1e-3, plants an update with the wrong β2).</summary>
    public AdamLimitIsNotTheMinimiserClaim(double beta2 = Beta2)
    {
        _beta2 = beta2;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "adam-limit-is-not-the-minimiser",
        Citation: new("Dereich, Do, Jentzen & von Wurstemberger (Adam symmetry theorem); Dereich, Jentzen & Kassing, arXiv 2511.04622", "limits are zeros of the Adam vector field", "[SRC abstracts]; test design [REC]"),
        Statement: "For asymmetric data (Bernoulli(0.2)) and small β2 (β = (0, 0.5)), Adam with decaying rates settles at the zero θ_A of the Adam vector field, not at the minimiser EX = 0.2: |θ̄ − 0.2| > 0.1 and |θ̄ − θ_A| ≤ 0.01.",
        Hypotheses: "ℓ(θ, x) = ‖θ − x‖², d = 1, J = 1, X asymmetric about its mean; γ_n = 0.05·n^{-0.7}.",
        Variant: "Kingma–Ba, β1 = 0, β2 = 0.5, ε = 1e-8, Θ0 = 0",
        ExpectedVerdict: Verdict.Held,
        Cases: CaseBudget.Of(level => NonVanishingRateNonConvergenceClaim.PathsFor(level)))
    {
        Presets = [AdamPresets.KingmaBa],
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update uses β2 = 0.999 where the statement has 0.5", FaultTarget.Update, () => new AdamLimitIsNotTheMinimiserClaim(beta2: 0.999), Cases: 50),
    ];

    /// <summary>θ_A: the root in [0, EX] of the stationary mean direction with θ frozen (drift oracle, 8 × 20,000 steps).</summary>
    public static (double Root, DriftEstimate Drift) AdamVectorFieldZero(AdamOptions options, ulong seed, int iterations = 30)
    {
        ArgumentNullException.ThrowIfNull(options);
        DriftEstimate At(double theta) => DriftAt(options, seed, theta);

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

    /// <summary>The stationary mean direction E_stat[u] with θ frozen (8 paths × 20,000 steps after 1,000 of burn-in; common random numbers across θ).</summary>
    public static DriftEstimate DriftAt(AdamOptions options, ulong seed, double theta)
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

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var unmet = new List<string>();
        if (DataSampler.IsSymmetric(DataDistribution.Bernoulli))
        {
            unmet.Add("the data law is symmetric");
        }

        var setup = new QuadraticDataSetup(DataDistribution.Bernoulli, 1, 0, _beta2, 1e-8, new InversePowerSchedule(0.05, 0.7));
        QuadraticDataRun run = QuadraticDataEnsemble.Run(setup, samples, Steps, settings.Seed, [Steps]);
        ulong driftSeed = SeededRandom.DeriveSeed(settings.Seed, 1);
        (double thetaA, DriftEstimate drift) = AdamVectorFieldZero(setup.Options(), driftSeed);
        double h = 0.01;
        double slope = (DriftAt(setup.Options(), driftSeed, thetaA + h).Mean - DriftAt(setup.Options(), driftSeed, thetaA - h).Mean) / (2 * h);
        double thetaSe = Math.Abs(drift.StandardError / slope);
        MonteCarloSummary tail = run.TailIterate;
        double gapSe = Math.Sqrt((tail.StandardError * tail.StandardError) + (thetaSe * thetaSe));
        SubCheck[] checks =
        [
            new SubCheck("|θ̄ − EX|", Math.Abs(tail.Mean - 0.2), tail.StandardError, 0.1, Direction.AtLeast),
            new SubCheck(string.Create(CultureInfo.InvariantCulture, $"|θ̄ − θ_A| (θ̄ = {tail}; θ_A = {thetaA:G5} ± {thetaSe:G2} from the drift oracle, {drift} at θ_A)"), Math.Abs(tail.Mean - thetaA), gapSe, 0.01, Direction.AtMost),
        ];
        return new Measurement(checks, samples, unmet, []);
    }
}
