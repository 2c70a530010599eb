using System.Globalization;
using Adam.Verification.Empirical.Claims;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// The §5.6 claim on ρ (<see cref="RhoSmoothnessClaim"/>): the rise and the judge on made-up replicates, where every count
/// is known, and under the <c>Empirical</c> trait the claim on real digits with both planted faults.
/// </summary>
public sealed class RhoSmoothnessClaimTests
{
    private static readonly Lazy<MiniMnist> Data = new(() => MiniMnist.From(MnistDigits.Load()));

    private static RhoReplicate Replicate(bool calibrated, double larger, double smaller, double atOneLarger = 0.5, double atOneSmaller = 0.5) => new(3.7, calibrated,
        [new RhoOutcome("s = 1", 0.8, atOneLarger, atOneSmaller, 2.4, 2.3, 2.5), new RhoOutcome(ExperimentClaim.CalibratedW, 0.045, larger, smaller, 0.2, 0.1, 2.3)]);

    [Fact]
    public void The_rise_adds_up_every_increase_of_the_loss_and_nothing_else()
    {
        Assert.Equal(0, RhoOutcome.Rise([2.3, 2.0, 1.0, 1.0, 0.5]));
        Assert.Equal(0.5 + 0.25, RhoOutcome.Rise([2.3, 1.0, 1.5, 0.5, 0.75, 0.25]), 12);
        Assert.Equal(0, RhoOutcome.Rise([2.3]));

        // An arm that diverged (a non-finite loss, or stopped before T) overshot without bound: its rise is +∞.
        static ArmResult Arm(params double[] losses) => new("α_ours", "constant", true, new SmoothnessEstimate(1, [1], 2.3, 0.045, 0, 3.7), [.. losses.Select((l, t) => new EpochRecord(t, l, 1, 0.5, 0.045))]);
        Assert.Equal(0.5, RhoOutcome.RiseOf(Arm(2.3, 1.0, 1.5, 0.5), 3), 12);
        Assert.Equal(1.3 + 0.5 + 1.0, RhoOutcome.VariationOf(Arm(2.3, 1.0, 1.5, 0.5), 3), 12);
        Assert.Equal(double.PositiveInfinity, RhoOutcome.VariationOf(Arm(2.3, 1.0), 3));
        Assert.Equal(double.PositiveInfinity, RhoOutcome.RiseOf(Arm(2.3, 1.0, double.NaN, 0.5), 3));
        Assert.Equal(double.PositiveInfinity, RhoOutcome.RiseOf(Arm(2.3, 1.0), 3));
        var diverged = new RhoOutcome("s*", 0.045, double.PositiveInfinity, 0.1, double.NaN, 0.1, double.PositiveInfinity);
        Assert.True(diverged.Tested() && diverged.Won());
        Assert.False((diverged with { SmallerRise = double.PositiveInfinity }).Tested());

        var rougher = new RhoOutcome("s*", 0.045, 0.3, 0.1, 0.2, 0.1, 2.7);
        Assert.True(rougher.Tested() && rougher.Won());
        var smoother = rougher with { LargerRise = 0.05 };
        Assert.True(smoother.Tested() && !smoother.Won());
        var tie = rougher with { LargerRise = 0, SmallerRise = 0 };
        Assert.False(tie.Tested() || tie.Won());

        // The oracle fault reads the larger arm's total variation, which counts the fall from L(w0) too: the smoother arm now "wins".
        Assert.True(smoother.Won(RhoFault.LargerArmTotalVariation) && tie.Tested(RhoFault.LargerArmTotalVariation));
    }

    [Fact]
    public void Each_W_is_a_sign_test_on_the_replicates_whose_rises_differ_and_s_star_leaves_out_missed_calibrations()
    {
        // 10 of 10 tested wins at s* decide Held (2⁻¹⁰ ≤ 1e-3), ties left out; at s = 1 one replicate ties and 6 of 11 win.
        RhoReplicate[] held = [.. Enumerable.Range(0, 10).Select(i => Replicate(true, 0.3, 0.1, atOneLarger: i % 2 == 0 ? 0.6 : 0.4)), Replicate(true, 0, 0), Replicate(true, 0, 0, 0.6, 0.4)];
        IReadOnlyList<(string W, Verdict Verdict, int Wins, int Tested)> byW = RhoSmoothnessClaim.VerdictsByW(held);
        Assert.Equal(("s = 1", Verdict.Inconclusive, 6, 11), byW[0]);
        Assert.Equal((ExperimentClaim.CalibratedW, Verdict.Held, 10, 10), byW[1]);

        // The same with one calibration missed: 9 of 9 at s* is not decisive; s = 1 still counts that replicate.
        RhoReplicate[] missed = [.. held.Select((r, i) => i == 0 ? r with { Calibrated = false } : r)];
        Assert.Equal((ExperimentClaim.CalibratedW, Verdict.Inconclusive, 9, 9), RhoSmoothnessClaim.VerdictsByW(missed)[1]);
        Assert.Equal(11, RhoSmoothnessClaim.VerdictsByW(missed)[0].Tested);

        // 0 of 10: Refuted; the evidence names the counts, the rises and the final-loss comparison.
        RhoReplicate[] refuted = [.. Enumerable.Range(0, 10).Select(_ => Replicate(true, 0.1, 0.3))];
        ClaimResult result = new RhoSmoothnessClaim().Judge(refuted, ExperimentScale.Ci, 7, 0);
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.False(result.AsExpected);
        Assert.Contains("Refuted, the larger ρ rose by more in 0 of 10", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("s*: Refuted (0/10; α_ours 0.045 to 0.045; the larger ρ ended at the higher loss in 10 of 10)", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("s = 1: 0/0, no verdict (α_ours 0.8 to 0.8; the larger ρ ended at the higher loss in 10 of 10)", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("Rises of the loss at s*: median 0.1 at the larger ρ and 0.3 at the smaller", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_claim_compares_the_ends_of_the_experiments_range_of_rho_and_its_faults_perturb_the_construction()
    {
        double[] rhos = [.. new RhoExperiment().Arms(ExperimentScale.Ci).Select(a => a.Settings.Rho)];
        Assert.Equal(RhoSmoothnessClaim.LargerRho, rhos.Max());
        Assert.Equal(RhoSmoothnessClaim.SmallerRho, rhos.Min());
        Assert.Equal(RhoSmoothnessClaim.CalibrationTarget, SchedulersExperiment.PaperAlphaOurs);
        var claim = new RhoSmoothnessClaim();
        Assert.Equal([FaultTarget.Construction, FaultTarget.Oracle], claim.PlantedFaults.Select(f => f.Perturbs));
        Assert.Equal(claim.Id, Assert.Single(ExperimentClaims.ClaimsOf("rho")).Id);
        Assert.Equal(RhoSmoothnessClaim.ClaimId, claim.Id);
        Assert.Equal(Verdict.Inconclusive, RhoSmoothnessClaim.ExpectedAt(ExperimentScale.Paper));
    }

    [Fact]
    [Trait(Traits.Category, Traits.Empirical)]
    public void At_ci_scale_the_rho_effect_is_not_distinguished_from_chance_and_each_planted_fault_makes_it_held()
    {
        // Measured at run seeds 1 to 10 (docs/claims.md#constant-step-smoother-at-smaller-rho) and at this seed:
        // Inconclusive at s*; a larger arm at 2α_ours rises by more nearly always, and so does the larger arm's total variation
        // read as its rise (Held). The oracle fault is judged on the same runs; the construction fault is measured anew.
        var claim = new RhoSmoothnessClaim(Data.Value, ExperimentScale.Ci);
        IReadOnlyList<RhoReplicate> runs = claim.Measure(ExperimentScale.Ci, 20260101);
        Assert.Equal(RhoSmoothnessClaim.CiReplicates, runs.Count);
        ClaimResult result = claim.Judge(runs, ExperimentScale.Ci, 20260101, 0);
        Assert.True(result.AsExpected, result.Evidence);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"α_ours = {RhoSmoothnessClaim.CalibrationTarget:G3} on the base settings"), result.Evidence, StringComparison.Ordinal);
        foreach (PlantedFault fault in claim.PlantedFaults)
        {
            var faulty = (RhoSmoothnessClaim)fault.Build();
            ClaimResult faulted = fault.Perturbs == FaultTarget.Oracle ? faulty.Judge(runs, ExperimentScale.Ci, 20260101, 0) : faulty.Check(new ClaimRunSettings(BudgetLevel.Quick, 20260101));
            Assert.True(faulted.Verdict == Verdict.Held, $"under '{fault.Name}': {faulted.Evidence}");
        }
    }
}
