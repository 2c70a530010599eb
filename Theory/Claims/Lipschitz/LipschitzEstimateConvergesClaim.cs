using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Theory.Lipschitz;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Lipschitz;

/// <summary>
/// <c>lipschitz-estimate-converges</c> (arXiv 2309.08339 Theorem 4; CLAIMS.md §1 P1.4), statistical, expected Held:
/// P(K̂_N ≥ 0.99K) → 1 as N grows. Measured on F2 and F5 with W = N(0, 3²I) (the centres are drawn at scale ≤ 3):
/// the frequency over instances of K̂_N ≥ 0.99K at N = 10, 100 and 1,000. Held when the frequency at N = 1,000 is
/// at least 0.9 and no frequency falls by more than 2 standard errors as N grows; Refuted when the N = 1,000
/// frequency plus 3 SE is below 0.9. F3 (maximum attained only near x* and its lattice, not separable) is measured
/// and reported but not asserted: Theorem 4 is asymptotic and F3 converges slowly.
/// Budgets: 20 / 60 / 300 instances per family.
/// </summary>
public sealed class LipschitzEstimateConvergesClaim : IClaim
{
    /// <summary>The sample counts at which the frequency is measured.</summary>
    public static IReadOnlyList<int> SampleCounts { get; } = [10, 100, 1_000];

    /// <summary>The required frequency at the largest N.</summary>
    public const double Threshold = 0.9;

    private static readonly PowerIterationOptions Power = new(1e-9, 500);

    private readonly double _level;

    /// <summary>Creates the claim; <paramref name="level"/> is the fraction of K that counts as reached (0.99; above 1 plants an unreachable level).</summary>
    public LipschitzEstimateConvergesClaim(double level = 0.99)
    {
        _level = level;
    }

    /// <inheritdoc/>
    public string Id => "lipschitz-estimate-converges";

    /// <inheritdoc/>
    public Citation Citation { get; } = new("arXiv 2309.08339", "Theorem 4 (K̂ converges in distribution to K)", "[SRC] theorem; measurement [REC] CLAIMS.md §1 P1.4");

    /// <inheritdoc/>
    public string Statement => "P(K̂_N ≥ 0.99·K) → 1 as N → ∞ for W of full support: on F2 and F5 with W = N(0, 3²I), the frequency of K̂_1000 ≥ 0.99K is at least 0.9.";

    /// <inheritdoc/>
    public string Hypotheses => "K exact; W = N(0, 9I) has full support; F2 and F5 (separable curvature maxima).";

    /// <inheritdoc/>
    public string Variant => "not optimizer-specific (the step-size ingredient of α_ours)";

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Verdict.Held;

    /// <summary>Instances per family for a budget.</summary>
    public static int InstancesFor(BudgetLevel level) => level switch
    {
        BudgetLevel.Quick => 20,
        BudgetLevel.Standard => 60,
        _ => 300,
    };

    /// <summary>The frequency of K̂_N ≥ 0.99K for each N in <see cref="SampleCounts"/> over <paramref name="instances"/> draws of a family.</summary>
    public static double[] Frequencies(ObjectiveFamily family, int instances, ulong seed, double level = 0.99)
    {
        var hits = new int[SampleCounts.Count];
        for (int i = 0; i < instances; i++)
        {
            var random = new SeededRandom(SeededRandom.DeriveSeed(seed, (ulong)i));
            IObjective f = ObjectiveGenerator.Draw(family, random, random.NextInt(2, 10));
            double k = f.Facts.SmoothnessK!.Value;
            LipschitzEstimate e = LipschitzEstimator.Estimate(f, new GaussianDistribution(new double[f.Dimension], 3), SampleCounts[^1], random, Power);
            for (int j = 0; j < SampleCounts.Count; j++)
            {
                hits[j] += e.RunningMax[SampleCounts[j] - 1] >= level * k ? 1 : 0;
            }
        }

        return hits.Select(h => (double)h / instances).ToArray();
    }

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        int m = settings.CasesOverride ?? InstancesFor(settings.Budget);
        var evidence = new List<string>();
        Verdict verdict = Verdict.Held;
        foreach (ObjectiveFamily family in new[] { ObjectiveFamily.CauchySum, ObjectiveFamily.RastriginLike, ObjectiveFamily.PlantedCos })
        {
            double[] p = Frequencies(family, m, SeededRandom.DeriveSeed(settings.Seed, (ulong)family), _level);
            double se = Math.Sqrt(Math.Max(p[^1] * (1 - p[^1]), 1.0 / m) / m);
            evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{family}: P(K̂_N ≥ {_level:G3}K) = {string.Join(", ", SampleCounts.Select((n, j) => $"{p[j]:F2} at N = {n}"))} over {m} instances{(family == ObjectiveFamily.PlantedCos ? " (reported, not asserted: slow case)" : string.Empty)}"));
            if (family == ObjectiveFamily.PlantedCos)
            {
                continue;
            }

            bool monotone = p.Zip(p.Skip(1), (a, b) => b >= a - (2 * se)).All(x => x);
            if (p[^1] + (3 * se) < Threshold)
            {
                verdict = Verdict.Refuted;
            }
            else if ((p[^1] < Threshold || !monotone) && verdict != Verdict.Refuted)
            {
                verdict = Verdict.Inconclusive;
            }

            settings.Progress?.Report(m);
        }

        return new ClaimResult(Id, Citation.ToString(), Statement, verdict, ExpectedVerdict, 3 * m, 2 * m, settings.Seed, null, clock.Elapsed.TotalSeconds, null, string.Join("; ", evidence) + ".");
    }
}
