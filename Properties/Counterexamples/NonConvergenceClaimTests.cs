using Adam.Verification.Counterexamples.NonConvergence;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Properties.Counterexamples;

/// <summary>arXiv 2407.08100 claims at a CI budget, each beside the planted fault that must change its verdict.</summary>
public sealed class NonConvergenceClaimTests
{
    private static ClaimRunSettings Small => new(BudgetLevel.Quick, PropertyRunner.SuiteSeed()) { CasesOverride = 200 };

    [Fact]
    public void Constant_rates_keep_the_increments_at_the_predicted_level_and_a_prediction_without_the_momentum_factor_is_refuted()
    {
        ClaimResult r = new NonVanishingRateNonConvergenceClaim().Check(Small);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        Assert.Equal(Verdict.Refuted, new NonVanishingRateNonConvergenceClaim(predictionFactor: 19).Check(Small with { CasesOverride = 50 }).Verdict);
    }

    [Fact]
    public void Decaying_rates_converge_and_a_constant_rate_is_refuted()
    {
        ClaimResult r = new DecayingRateContrastClaim().Check(Small);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        Assert.Equal(Verdict.Refuted, new DecayingRateContrastClaim(power: 0).Check(Small with { CasesOverride = 50 }).Verdict);
    }

    [Fact]
    public void Asymmetric_data_with_small_beta2_settles_off_the_minimiser_and_large_beta2_is_refuted()
    {
        ClaimResult r = new AdamLimitIsNotTheMinimiserClaim().Check(Small);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        Assert.Equal(Verdict.Refuted, new AdamLimitIsNotTheMinimiserClaim(beta2: 0.999).Check(Small).Verdict);
    }

    [Fact]
    public void Data_laws_have_their_stated_means()
    {
        var random = new Adam.Verification.Theory.Randomness.SeededRandom(5);
        foreach (DataDistribution law in Enum.GetValues<DataDistribution>())
        {
            double mean = Enumerable.Range(0, 200_000).Average(_ => DataSampler.Draw(law, random));
            Assert.Equal(DataSampler.Mean(law), mean, 2);
        }
    }
}
