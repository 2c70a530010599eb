using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Experiments;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// Every other experiment of arXiv 2309.08339 §5 at CI scale on real digits, each asserting facts that are exact by
/// construction (α_ours = √(2L(w0)/(K̂T)) scales as 1/√T and ignores ρ) or hold with wide margins (measured values in
/// the comments), so that they survive another BLAS or CPU.
/// </summary>
public sealed class ExperimentCatalogueTests
{
    private static readonly Lazy<ExperimentRunner> Runner = new(() => new ExperimentRunner(MiniMnist.From(MnistDigits.Load())));

    [Fact]
    public void Constants_the_halved_and_doubled_arms_use_exactly_half_and_twice_alpha_ours_and_a_small_rate_barely_moves()
    {
        ExperimentResult r = Runner.Value.Run(new ConstantRatesExperiment(), ExperimentScale.Ci);
        double ours = r.Arms.Single(a => a.Label == "α_ours").Smoothness.AlphaOurs;
        Assert.All(r.Arms.Single(a => a.Label == "α_ours/2").Epochs.Skip(1), e => Assert.Equal(ours / 2, e.Alpha, 12));
        Assert.All(r.Arms.Single(a => a.Label == "2α_ours").Epochs.Skip(1), e => Assert.Equal(2 * ours, e.Alpha, 12));
        ArmResult tiny = r.Arms.Single(a => a.Label == "LR = 1E-05");
        Assert.InRange(tiny.Final.Loss / tiny.Epochs[0].Loss, 0.98, 1.0);

        // The best constant rate (1e-2 here: loss 0.14) trains; α_ours from W at s = 1 (0.79) does not (loss 2.47).
        double bestConstant = r.Arms.Where(a => a.Label.StartsWith("LR", StringComparison.Ordinal)).Min(a => a.Final.Loss);
        Assert.True(bestConstant < 0.5 * r.Arms.Single(a => a.Label == "α_ours").Final.Loss, $"best constant loss {bestConstant}");
    }

    /// <summary>
    /// At the default W (s = 1, the initialisation itself) α_ours trains worse than the exponential scheduler at depth 1
    /// and 3: the opposite of the paper's §5.2 statement, which the claim constant-step-beats-schedulers-at-every-depth
    /// judges over replicates at s = 1 and at the calibrated W (docs/claims.md#constant-step-beats-schedulers-at-every-depth).
    /// </summary>
    [Fact]
    public void Depth_K_hat_falls_with_depth_and_at_the_default_W_alpha_ours_trains_worse_than_the_exponential_scheduler_against_the_paper()
    {
        ExperimentResult r = Runner.Value.Run(new DepthWidthExperiment(), ExperimentScale.Ci);
        Assert.Equal(12, r.Arms.Count);
        foreach (int width in new[] { 16, 32 })
        {
            // Measured K̂: depth 1 ≈ 1.5, depth 3 ≈ 0.46 / 0.25, depth 5 ≈ 0.23 / 0.19.
            double one = Ours(r, 1, width).Smoothness.KHat, three = Ours(r, 3, width).Smoothness.KHat;
            Assert.True(one > 2 * three, $"width {width}: K̂ depth 1 {one}, depth 3 {three}");
            foreach (int depth in new[] { 1, 3 })
            {
                ArmResult exponential = r.Arms.Single(a => a.Label == $"Exponential, MLP {depth}×{width}");
                Assert.True(exponential.Final.TestAccuracy > Ours(r, depth, width).Final.TestAccuracy + 0.1, $"MLP {depth}×{width}");
            }
        }
    }

    /// <summary>
    /// At the default W (s = 1) α_ours on LeNet is above 0.5 and the loss blows up while every scheduler lowers it: the
    /// opposite of the paper's §5.4 statement at this W. The claim constant-step-beats-schedulers-on-lenet judges §5.4
    /// over replicates at this W and at the W calibrated to Figure 6's α_ours (Refuted at CI scale at both;
    /// docs/claims.md#constant-step-beats-schedulers-on-lenet); this test shows one run's curves at the default W.
    /// </summary>
    [Fact]
    public void LeNet_at_the_default_W_alpha_ours_diverges_while_every_scheduler_lowers_the_loss_against_the_paper()
    {
        ExperimentResult r = Runner.Value.Run(new LeNetExperiment(), ExperimentScale.Ci);
        ArmResult ours = r.Arms.Single(a => a.IsAlphaOurs);
        Assert.True(ours.Smoothness.AlphaOurs > 0.5, $"α_ours {ours.Smoothness.AlphaOurs}");
        Assert.True(ours.Epochs.Max(e => e.Loss) > 4 * ours.Epochs[0].Loss, $"largest loss {ours.Epochs.Max(e => e.Loss)}");
        Assert.All(r.Arms.Where(a => !a.IsAlphaOurs), a => Assert.True(a.Final.Loss < a.Epochs[0].Loss - 0.01, $"{a.Label}: {a.Epochs[0].Loss} → {a.Final.Loss}"));
    }

    [Fact]
    public void Batch_every_size_runs_its_epochs_with_the_same_alpha_ours()
    {
        ExperimentResult r = Runner.Value.Run(new BatchSizeExperiment(), ExperimentScale.Ci);
        Assert.Equal(3, r.Arms.Count);
        Assert.Single(r.Arms.Select(a => a.Smoothness.AlphaOurs).Distinct());
        Assert.All(r.Arms, a => Assert.True(a.Epochs.Count == 11 || !double.IsFinite(a.Final.Loss), a.Label));
    }

    [Fact]
    public void Horizon_alpha_ours_scales_as_one_over_root_T_and_rho_does_not_enter_it()
    {
        ExperimentResult h = Runner.Value.Run(new HorizonExperiment(), ExperimentScale.Ci);
        double Alpha(int t) => h.Arms.Single(a => a.Label == $"α_ours, T = {t}").Smoothness.AlphaOurs;
        Assert.Equal(2, Alpha(10) / Alpha(40), 12);
        Assert.Equal(Math.Sqrt(2), Alpha(20) / Alpha(40), 12);
        Assert.All(h.Arms, a => Assert.Equal(a.Label.EndsWith("T = 10", StringComparison.Ordinal) ? 11 : a.Label.EndsWith("T = 20", StringComparison.Ordinal) ? 21 : 41, a.Epochs.Count));

        ExperimentResult rho = Runner.Value.Run(new RhoExperiment(), ExperimentScale.Ci);
        Assert.Single(rho.Arms.Select(a => a.Smoothness.AlphaOurs).Distinct());
        Assert.Single(rho.Arms.Select(a => a.Smoothness.KHat).Distinct());
    }

    private static ArmResult Ours(ExperimentResult r, int depth, int width) => r.Arms.Single(a => a.Label == $"α_ours, MLP {depth}×{width}");
}
