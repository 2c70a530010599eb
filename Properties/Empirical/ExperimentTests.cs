using System.Xml.Linq;
using Adam.Verification.Empirical.Claims;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Empirical.Experiments.Output;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// The schedulers experiment of arXiv 2309.08339 §5.2 at CI scale on real digits, asserting only facts with wide
/// margins (they must survive another BLAS or CPU): W's scale drives K̂ and α_ours, α_ours at s = 1 is too large to
/// train while α_ours at s = 3 trains best, all arms start from the same w0, and the claim's judgement flips with a
/// planted margin. The paper-scale run is the Empirical-trait test below.
/// </summary>
public sealed class ExperimentTests
{
    private static readonly Lazy<MiniMnist> Data = new(() => MiniMnist.From(MnistDigits.Load()));
    private static readonly Lazy<ExperimentResult> Ci = new(() => new ExperimentRunner(Data.Value).Run(new SchedulersExperiment(), ExperimentScale.Ci));

    [Fact]
    public void Every_arm_records_every_epoch_from_the_same_start()
    {
        ExperimentResult result = Ci.Value;
        Assert.Equal(4 + 7, result.Arms.Count);
        EpochRecord start = result.Arms[0].Epochs[0];
        Assert.All(result.Arms, arm =>
        {
            Assert.Equal(31, arm.Epochs.Count);
            Assert.Equal(start, arm.Epochs[0]);
            Assert.All(arm.Epochs, e => Assert.True(double.IsFinite(e.Loss) && double.IsFinite(e.GradientNorm) && e.TestAccuracy is >= 0 and <= 1, $"{arm.Label} epoch {e.Epoch}: {e}"));
        });

        // Untrained: loss near ln 10 and accuracy near chance.
        Assert.InRange(start.Loss, Math.Log(10) - 0.2, Math.Log(10) + 0.2);
        Assert.InRange(start.TestAccuracy, 0, 0.25);
    }

    [Fact]
    public void The_sampling_scale_of_W_drives_K_hat_up_and_alpha_ours_down()
    {
        var ours = Ci.Value.Arms.Where(a => a.IsAlphaOurs).Select(a => a.Smoothness).ToList();
        Assert.Equal(SchedulersExperiment.SamplingScales, ours.Select(s => s.SamplingScale));
        for (int i = 1; i < ours.Count; i++)
        {
            Assert.True(ours[i].KHat > 1.5 * ours[i - 1].KHat, $"K̂ at s = {ours[i].SamplingScale}: {ours[i].KHat}; at s = {ours[i - 1].SamplingScale}: {ours[i - 1].KHat}");
        }

        Assert.All(ours, s =>
        {
            Assert.Equal(s.PerSample.Max(), s.KHat);
            Assert.Equal(Math.Sqrt(2 * s.InitialLoss / (s.KHat * 30)), s.AlphaOurs, 12);
        });
    }

    [Fact]
    public void Alpha_ours_from_the_initialisation_is_too_large_to_train_but_from_a_wider_W_it_trains_best()
    {
        ExperimentResult result = Ci.Value;
        ArmResult atOne = result.Arms.Single(a => a.IsAlphaOurs && a.Smoothness.SamplingScale == 1);
        ArmResult atThree = result.Arms.Single(a => a.IsAlphaOurs && a.Smoothness.SamplingScale == 3);
        double bestScheduler = result.Arms.Where(a => !a.IsAlphaOurs).Max(a => a.Final.TestAccuracy);
        Assert.True(atOne.Smoothness.AlphaOurs > 0.3, $"α_ours(s = 1) = {atOne.Smoothness.AlphaOurs}");
        Assert.True(atOne.Final.TestAccuracy < 0.2 && bestScheduler > 0.3, $"α_ours(s = 1) accuracy {atOne.Final.TestAccuracy}; best scheduler {bestScheduler}");
        Assert.True(atThree.Final.TestAccuracy > bestScheduler + 0.05, $"α_ours(s = 3) accuracy {atThree.Final.TestAccuracy}; best scheduler {bestScheduler}");
        Assert.True(atThree.Final.Loss < 0.6 * atThree.Epochs[0].Loss, $"α_ours(s = 3) loss {atThree.Epochs[0].Loss} → {atThree.Final.Loss}");
    }

    [Fact]
    public void The_claim_judgement_follows_the_numbers_and_flips_with_a_planted_margin()
    {
        ExperimentResult result = Ci.Value;
        ArmResult ours = result.Arms.First(a => a.IsAlphaOurs);
        double best = result.Arms.Where(a => !a.IsAlphaOurs).Min(a => a.Final.GradientNorm);
        ClaimResult plain = new ConstantStepBeatsSchedulersClaim(Data.Value).Judge(result, 1, 0);
        Assert.Equal(ours.Final.GradientNorm < best ? Verdict.Held : Verdict.Refuted, plain.Verdict);
        Assert.Equal(ours.Final.GradientNorm / best, plain.WorstObservable!.Value, 12);

        // Planted: a margin of 1e-3 makes any α_ours win; 1e3 makes it lose.
        Assert.Equal(Verdict.Held, new ConstantStepBeatsSchedulersClaim(Data.Value, margin: 1e-3).Judge(result, 1, 0).Verdict);
        Assert.Equal(Verdict.Refuted, new ConstantStepBeatsSchedulersClaim(Data.Value, margin: 1e3).Judge(result, 1, 0).Verdict);
    }

    [Fact]
    public void The_plot_and_the_table_carry_every_arm()
    {
        ExperimentResult result = Ci.Value;
        XDocument svg = XDocument.Parse(ExperimentSvg.Render(result));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(3 * result.Arms.Count, svg.Descendants(ns + "polyline").Count());
        string[] csv = ExperimentCsv.Format(result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + result.Arms.Sum(a => a.Epochs.Count), csv.Length);
        string table = ExperimentSummary.Format(result);
        Assert.All(result.Arms, a => Assert.Contains(a.Label, table, StringComparison.Ordinal));
    }

    [Fact]
    [Trait(Traits.Category, Traits.Empirical)]
    public void At_paper_scale_the_claim_has_its_expected_verdict()
    {
        var claim = new ConstantStepBeatsSchedulersClaim(Data.Value, scale: ExperimentScale.Paper);
        ClaimResult result = claim.Check(new ClaimRunSettings(BudgetLevel.Thorough, ClaimRunSettings.DefaultSeed));
        Assert.True(result.AsExpected, result.Evidence);
    }
}
