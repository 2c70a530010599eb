using Adam.Verification.Counterexamples.SignRatio;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.ConstantStep;
using Adam.Verification.Theory.Claims.SignRatio;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Claims;

/// <summary>
/// Case slices (issue 6, item 5: a deterministic slice of the seeds): the N slices of a run, merged, give exactly the
/// single run's result — verdict, counts, worst observable, evidence (with the unmet reasons in first-seen order) and the
/// shrunk counterexample — for every N.
/// </summary>
public sealed class CaseSliceTests
{
    public static TheoryData<string, int> Runs() => new()
    {
        { "toy-held", 1 }, { "toy-held", 2 }, { "toy-held", 7 },
        { "toy-refuted", 3 }, { "toy-refuted", 5 }, { "toy-refuted", 64 },
        { "toy-inconclusive", 4 },
        { "sign-ratio-bound", 3 },
        { "constant-step-bound-as-printed", 4 },
        { "sign-ratio-unbounded-without-hypothesis", 2 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Merged_slices_give_the_single_run(string name, int count)
    {
        ICaseSliceable claim = Make(name);
        var settings = new ClaimRunSettings(BudgetLevel.Quick, 11);
        ClaimResult single = claim.Check(settings);
        CaseSlice[] slices = [.. Enumerable.Range(1, count).Select(i => claim.CheckSlice(settings, i, count))];

        // The order the slices arrive in does not matter.
        ClaimResult merged = claim.MergeSlices([.. slices.Reverse()]);
        Assert.Equal(single with { Seconds = 0 }, merged with { Seconds = 0 });
    }

    [Fact]
    public void The_toy_runs_cover_every_branch()
    {
        var settings = new ClaimRunSettings(BudgetLevel.Quick, 11);
        Assert.Equal(Verdict.Held, Check("toy-held", settings).Verdict);
        ClaimResult refuted = Check("toy-refuted", settings);
        Assert.Equal(Verdict.Refuted, refuted.Verdict);
        Assert.True(refuted.Cases > refuted.CasesMeetingHypotheses && refuted.Cases > 5, $"{refuted.Cases} cases, {refuted.CasesMeetingHypotheses} met: the violation should come after some unmet cases");
        Assert.Equal(Verdict.Inconclusive, Check("toy-inconclusive", settings).Verdict);
        ClaimResult held = Check("toy-held", settings);
        Assert.True(held.Evidence.Contains("coin", StringComparison.Ordinal) && held.Evidence.Contains("odd", StringComparison.Ordinal), held.Evidence);
    }

    [Fact]
    public void Missing_duplicate_or_foreign_slices_are_rejected()
    {
        ICaseSliceable claim = Make("toy-refuted");
        var settings = new ClaimRunSettings(BudgetLevel.Quick, 11);
        CaseSlice a = claim.CheckSlice(settings, 1, 3), b = claim.CheckSlice(settings, 2, 3), c = claim.CheckSlice(settings, 3, 3);
        Assert.Throws<ArgumentException>(() => claim.MergeSlices([a, b]));
        Assert.Throws<ArgumentException>(() => claim.MergeSlices([a, b, b]));
        Assert.Throws<ArgumentException>(() => claim.MergeSlices([a, b, claim.CheckSlice(settings with { Seed = 12 }, 3, 3)]));
        Assert.Throws<ArgumentException>(() => Make("toy-held").MergeSlices([a, b, c]));
        Assert.Throws<ArgumentOutOfRangeException>(() => claim.CheckSlice(settings, 4, 3));
    }

    private static ICaseSliceable Make(string name) => name switch
    {
        "toy-held" => new TwoReasonToy(name, threshold: double.PositiveInfinity, meetRate: 0.8),
        "toy-refuted" => new TwoReasonToy(name, threshold: 990, meetRate: 0.8),
        "toy-inconclusive" => new TwoReasonToy(name, threshold: double.PositiveInfinity, meetRate: 0.1),
        "sign-ratio-bound" => new SignRatioBoundClaim(),
        "constant-step-bound-as-printed" => new ConstantStepBoundAsPrintedClaim(),
        "sign-ratio-unbounded-without-hypothesis" => new SignRatioUnboundedClaim(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static ClaimResult Check(string name, ClaimRunSettings settings) => Make(name).Check(settings);

    /// <summary>"n ≤ threshold" for n drawn from [0, 1000); n is unmet when odd ("odd") or when the coin fails ("coin").</summary>
    private sealed class TwoReasonToy(string id, double threshold, double meetRate) : InstanceClaim<int>
    {
        /// <inheritdoc/>
        public override ClaimDefinition Definition { get; } = new(
            Id: id,
            Citation: new("test", "none", "[REC]"),
            Statement: "n ≤ threshold",
            Hypotheses: "n even; the coin",
            Variant: "none",
            ExpectedVerdict: Verdict.Held,
            Cases: CaseBudget.Default);

        public override IReadOnlyList<PlantedFault> PlantedFaults => [];

        public override int Generate(SeededRandom random) => random.Bernoulli(meetRate) ? random.NextInt(1000) : -1;

        public override string? UnmetHypothesis(int instance) => instance < 0 ? "coin" : instance % 2 == 1 ? "odd" : null;

        public override CaseOutcome Evaluate(int instance) => new(instance <= threshold, instance / 1000.0, $"n = {instance}");

        public override IEnumerable<int> Shrink(int instance) => [instance / 2, instance - 2];

        public override string Describe(int instance) => $"n = {instance}";
    }
}
