using Adam.Verification.Counterexamples.Phase;
using Adam.Verification.Counterexamples.Zhang;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Running;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Counterexamples;

/// <summary>The reconstructed Zhang et al. 2022 sum: drift oracle, boundary, claims and their planted faults.</summary>
public sealed class ZhangClaimTests
{
    private static ClaimRunSettings Quick => new(BudgetLevel.Quick, PropertySeeds.SuiteSeed());

    [Fact]
    public void The_reconstruction_has_the_stated_constants()
    {
        var sum = new ZhangReconstructedSum(10);
        Assert.Equal(10.89, sum.D1, 2);
        Assert.Equal(1.0, Enumerable.Range(0, 10).Sum(i => sum.ComponentGradient(i, 0.3)), 12);
        Assert.Equal(-0.3, Enumerable.Range(0, 10).Sum(i => sum.ComponentGradient(i, -2.3)), 12);
        Assert.Equal(-1.5, ZhangReconstructedSum.Value(ZhangReconstructedSum.Minimiser), 12);
        Assert.Equal(ZhangReconstructedSum.Gradient(-1 - 1e-12), ZhangReconstructedSum.Gradient(-1), 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ZhangReconstructedSum(1));
    }

    [Fact]
    public void The_boundary_for_n_ten_and_beta1_zero_is_within_one_percent_of_0_958()
    {
        ZhangBoundaryPoint p = ZhangBoundary.Find(0, 10, PropertySeeds.SuiteSeed());
        Assert.NotNull(p.Beta2Star);
        Assert.InRange(p.Beta2Star!.Value, 0.958 * 0.99, 0.958 * 1.01);
        ZhangBoundaryPoint q = ZhangBoundary.Find(0.5, 5, PropertySeeds.SuiteSeed());
        Assert.InRange(1 - q.Beta2Star!.Value, 0.239 * 0.95, 0.239 * 1.05);
    }

    [Fact]
    public void The_drift_oracle_matches_the_large_beta2_limit_and_fails_without_burn_in()
    {
        // β1 = 0, β2 → 1: v → E g² = (n² + n − 1)/n, so D → Σ g/√(E g²) = 1/√((n² + n − 1)/n).
        double limit = 1 / Math.Sqrt(((10.0 * 10) + 10 - 1) / 10);
        AdamOptions reddi = AdamPresets.ReddiAdam.Template.With(beta1: 0, beta2: 0.9999, epsilon: 0);
        DriftEstimate good = ZhangDrift.Estimate(reddi, 10, 3);
        Assert.True(Math.Abs(good.Mean - limit) <= 0.01 * limit, $"{good} vs limit {limit}");
        DriftEstimate planted = ZhangDrift.Estimate(reddi, 10, 3, new ZhangDriftSettings(BurnInFactor: 0));
        Assert.False(Math.Abs(planted.Mean - limit) <= 0.01 * limit, $"without burn-in the oracle still matched: {planted}");
    }

    [Fact]
    public void The_fixed_point_of_a_symmetric_sum_is_its_mean()
    {
        var sum = new QuadraticFiniteSum([-1.0, 1.0]);
        (double point, _) = AdamFixedPoint.Find(sum, ZhangDrift.Variant(0.5, 0.99), 11);
        Assert.True(Math.Abs(point) < 1e-3, $"x̄ = {point}");
        Assert.Throws<ArgumentException>(() => new QuadraticFiniteSum([2.0, 2.0]));
    }

    [Fact]
    public void The_zhang_map_is_the_same_on_one_core_and_on_all_cores()
    {
        var grid = new PhaseGrid(5, 4);
        var settings = new ZhangDriftSettings(Paths: 2, EpochsPerPath: 200);
        PhaseMap serial = ZhangPhase.Compute(5, grid, 42, settings, maxDegreeOfParallelism: 1);
        PhaseMap parallel = ZhangPhase.Compute(5, grid, 42, settings);
        Assert.Equal(serial.Cells, parallel.Cells);
        Assert.Contains(serial.Cells, c => c.Verdict == CellVerdict.Diverge);
        Assert.Contains(serial.Cells, c => c.Verdict == CellVerdict.Converge);
    }

    [Fact]
    public void The_floor_claim_runs_inside_the_large_beta2_regime_and_says_when_a_case_is_outside()
    {
        var claim = new ZhangLargeBeta2FloorClaim();
        var random = new SeededRandom(PropertySeeds.SuiteSeed());
        for (int i = 0; i < 50; i++)
        {
            QuadraticFloorInstance instance = claim.Generate(random);
            double g = QuadraticFloorInstance.RegimeGap(instance.Centres.Length, instance.Beta1);
            Assert.Equal(3, instance.Ladder.Count);
            Assert.All(instance.Ladder, b2 => Assert.InRange(1 - b2, 0, g * (1 + 1e-12)));
            Assert.Null(claim.UnmetHypothesis(instance));
        }

        // A file written with the old ladder {0.9, 0.99, 0.999} is outside the regime for every n ≥ 3 (g ≤ 0.021).
        var legacy = new QuadraticFloorInstance([0, 1, 2], 0.5, 1);
        Assert.Contains("outside the large-β2 regime", claim.UnmetHypothesis(legacy), StringComparison.Ordinal);
        Assert.Equal(QuadraticFloorInstance.LegacyLadder, legacy.Explicit().Beta2s);
    }
}
