using System.Globalization;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Lipschitz;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Lipschitz;

/// <summary>
/// <c>lipschitz-estimate-converges</c> (arXiv 2309.08339 Theorem 4; docs/claims.md#lipschitz-estimate-converges),
/// statistical, expected Held: P(K̂_N ≥ 0.99K) → 1 as N grows. Measured on F2 and F5 with W = N(0, 3²I) (the centres
/// are drawn at scale ≤ 3): the frequency over instances of K̂_N ≥ 0.99K at N = 10, 100 and 1,000. Held when, for each
/// family, the Wilson interval (at the claim's margin k) of the N = 1,000 frequency lies above 0.75; Refuted when it
/// lies below. F3 (maximum attained only near x* and its lattice) is measured and reported but not asserted: Theorem 4
/// is asymptotic and F3 converges slowly. Budgets: 100 / 200 / 1,000 instances per family.
/// </summary>
public sealed class LipschitzEstimateConvergesClaim : StatisticalClaim
{
    /// <summary>The sample counts at which the frequency is measured.</summary>
    public static IReadOnlyList<int> SampleCounts { get; } = [10, 100, 1_000];

    /// <summary>The least probability of K̂_1000 ≥ 0.99K the claim asserts.</summary>
    public const double Threshold = 0.75;

    /// <summary>The level: the fraction of K that counts as reached.</summary>
    public const double Level = 0.99;

    /// <summary>The standard deviation of W = N(0, σ²I).</summary>
    public const double Spread = 3;

    private static readonly PowerIterationOptions Power = new(1e-9, 500);

    private readonly double _spread;

    /// <summary>Creates the claim; <paramref name="spread"/> is W's σ (3; a tiny σ plants a sampler that never leaves the origin's neighbourhood).</summary>
    public LipschitzEstimateConvergesClaim(double spread = Spread)
    {
        _spread = spread;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "lipschitz-estimate-converges",
        Citation: new("arXiv 2309.08339", "Theorem 4 (K̂ converges in distribution to K)", "[SRC] theorem; measurement [REC]"),
        Statement: "P(K̂_N ≥ 0.99·K) → 1 as N → ∞ for W of full support: on F2 and F5 with W = N(0, 3²I), the probability of K̂_1000 ≥ 0.99K is at least 0.75.",
        Hypotheses: "K exact; W = N(0, σ²I) with σ > 0 has full support; F2 and F5 (separable curvature maxima).",
        Variant: "not optimizer-specific (the step-size ingredient of α_ours)",
        ExpectedVerdict: Verdict.Held,
        Cases: CaseBudget.Of(level => InstancesFor(level)))
    {
        Networks = new(NetworkUse.NotApplicable, "needs the exact K (and where the curvature peaks) to measure P(K̂ ≥ 0.99K); a network's K is unknown."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("Algorithm 2's sampler draws with σ = 0.01 (it never leaves the origin's neighbourhood)", FaultTarget.Estimator, () => new LipschitzEstimateConvergesClaim(spread: 0.01), Cases: 40),
    ];

    /// <summary>Instances per family for a budget.</summary>
    public static int InstancesFor(BudgetLevel level) => level switch
    {
        BudgetLevel.Quick => 100,
        BudgetLevel.Standard => 200,
        _ => 1_000,
    };

    /// <summary>The number of instances with K̂_N ≥ level·K for each N in <see cref="SampleCounts"/> over <paramref name="instances"/> draws of a family.</summary>
    public static int[] Hits(ObjectiveFamily family, int instances, ulong seed, double level = Level, double spread = Spread)
    {
        var hits = new int[SampleCounts.Count];
        for (int i = 0; i < instances; i++)
        {
            var random = new SeededRandom(SeededRandom.DeriveSeed(seed, (ulong)i));
            IObjective f = ObjectiveGenerator.Draw(family, random, random.NextInt(2, 10));
            double k = f.Facts.SmoothnessK!.Value;
            LipschitzEstimate e = LipschitzEstimator.Estimate(f, new GaussianDistribution(new double[f.Dimension], spread), SampleCounts[^1], random, Power);
            for (int j = 0; j < SampleCounts.Count; j++)
            {
                hits[j] += e.RunningMax[SampleCounts[j] - 1] >= level * k ? 1 : 0;
            }
        }

        return hits;
    }

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var checks = new List<SubCheck>();
        var notes = new List<string>();
        var unmet = _spread > 0 ? new List<string>() : ["W has no full support (σ ≤ 0)"];
        foreach (ObjectiveFamily family in new[] { ObjectiveFamily.CauchySum, ObjectiveFamily.RastriginLike, ObjectiveFamily.PlantedCos })
        {
            int[] hits = Hits(family, samples, SeededRandom.DeriveSeed(settings.Seed, (ulong)family), Level, _spread);
            string path = string.Join(", ", SampleCounts.Select((n, j) => string.Create(CultureInfo.InvariantCulture, $"{(double)hits[j] / samples:F2} at N = {n}")));
            if (family == ObjectiveFamily.PlantedCos)
            {
                notes.Add($"{family}: P(K̂_N ≥ 0.99K) = {path} (slow case)");
                continue;
            }

            checks.Add(SubCheck.Proportion($"{family}: P(K̂_1000 ≥ 0.99K) (path {path})", hits[^1], samples, Threshold, Direction.AtLeast));
            settings.Progress?.Report(samples);
        }

        return new Measurement(checks, 3 * samples, unmet, notes);
    }
}
