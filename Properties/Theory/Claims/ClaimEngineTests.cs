using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Claims;

/// <summary>The generic claim engine: verdict rules, hypothesis accounting, shrinking and determinism.</summary>
public sealed class ClaimEngineTests
{
    [Fact]
    public void Too_few_cases_meeting_the_hypotheses_is_Inconclusive_not_Held()
    {
        ClaimResult r = new ToyClaim(hypothesisRate: 0.05, threshold: double.PositiveInfinity).Check(new ClaimRunSettings(BudgetLevel.Quick, 1));
        Assert.Equal(Verdict.Inconclusive, r.Verdict);
        Assert.True(r.CasesMeetingHypotheses < r.Cases);
        Assert.Contains("met the hypotheses", r.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_violation_is_Refuted_and_shrunk_to_the_boundary()
    {
        ClaimResult r = new ToyClaim(hypothesisRate: 1, threshold: 500).Check(new ClaimRunSettings(BudgetLevel.Quick, 2));
        Assert.Equal(Verdict.Refuted, r.Verdict);
        Assert.Equal("n = 501", r.Counterexample!.Description);
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_and_case_seeds_replay()
    {
        var claim = new ToyClaim(hypothesisRate: 0.5, threshold: 900);
        ClaimResult a = claim.Check(new ClaimRunSettings(BudgetLevel.Quick, 9)), b = claim.Check(new ClaimRunSettings(BudgetLevel.Quick, 9));
        Assert.Equal(a.Verdict, b.Verdict);
        Assert.Equal(a.Cases, b.Cases);
        Assert.Equal(a.Counterexample?.CaseSeed, b.Counterexample?.CaseSeed);
        if (a.Counterexample is { } c)
        {
            Assert.True(claim.Replay(c.CaseSeed) > 900);
        }
    }

    [Fact]
    public void Holding_claims_report_every_case()
    {
        ClaimResult r = new ToyClaim(hypothesisRate: 1, threshold: double.PositiveInfinity).Check(new ClaimRunSettings(BudgetLevel.Quick, 3) { CasesOverride = 77 });
        Assert.Equal(Verdict.Held, r.Verdict);
        Assert.Equal(77, r.Cases);
        Assert.Equal(77, r.CasesMeetingHypotheses);
    }

    /// <summary>"Every n drawn from [0, 1000) meeting the hypothesis is ≤ threshold"; shrinks n by halving and decrementing.</summary>
    private sealed class ToyClaim(double hypothesisRate, double threshold) : InstanceClaim<int>
    {
        protected override int MaxShrinkSteps => 2_000;

        /// <inheritdoc/>
        public override ClaimDefinition Definition { get; } = new(
            Id: "toy",
            Citation: new("test", "none", "[REC]"),
            Statement: "n ≤ threshold",
            Hypotheses: "n is even or the coin says so",
            Variant: "none",
            ExpectedVerdict: Verdict.Held,
            Cases: CaseBudget.Default);

        public override IReadOnlyList<PlantedFault> PlantedFaults => [];

        public override int Generate(SeededRandom random) => random.Bernoulli(hypothesisRate) ? 2 * random.NextInt(500) : -1;

        public override string? UnmetHypothesis(int instance) => instance < 0 ? "coin" : null;

        public override CaseOutcome Evaluate(int instance) => new(instance <= threshold, instance / threshold, $"n = {instance}");

        public override IEnumerable<int> Shrink(int instance) => [instance / 2, instance - 1];

        public override string Describe(int instance) => $"n = {instance}";
    }
}
