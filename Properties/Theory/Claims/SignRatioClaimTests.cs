using FsCheck;
using Adam.Verification.Counterexamples.SignRatio;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.SignRatio;
using FsCheck.Fluent;

namespace Adam.Verification.Properties.Theory.Claims;

/// <summary>
/// What the sign-ratio claims show beyond their verdicts (the verdicts and planted faults of every claim are checked by
/// <see cref="PlantedFaultRegistryTests"/>): how close the generator comes to R, the FsCheck bridge, the shrunk
/// counterexample, the growth on the extremal sequence.
/// </summary>
public sealed class SignRatioClaimTests
{
    private const int MaxShrinkSteps = 200;

    private static ClaimRunSettings Quick => new(BudgetLevel.Quick, PropertySeeds.SuiteSeed());

    [Fact]
    public void Sign_ratio_bound_holds()
    {
        ClaimResult r = new SignRatioBoundClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, ReplayLine.Line(r, BudgetLevel.Quick));
        Assert.Equal(r.Cases, r.CasesMeetingHypotheses);
        Assert.True(r.WorstObservable is > 0.5 and <= 1 + 1e-9, $"worst u/R = {r.WorstObservable}: the generator must come close to R; {ReplayLine.Line(r, BudgetLevel.Quick)}");
    }

    [SeededProperty(Cases = 300)]
    public Property Sign_ratio_bound_property_through_FsCheck_with_the_claims_generator_and_shrinker()
    {
        var claim = new SignRatioBoundClaim();
        return Replayable.ForAll(Seeded.Arbitrary(claim.Generate, claim.Shrink), i => claim.UnmetHypothesis(i) is not null || claim.Evaluate(i).Holds);
    }

    [Fact]
    public void The_FsCheck_property_fails_on_the_planted_bound_with_its_replay_line()
    {
        var planted = new SignRatioBoundClaim(bound: (b1, b2) => (1 - b1) / Math.Sqrt(1 - b2));
        var e = Assert.Throws<PropertyFailedException>(() => Replayable.Check(
            Replayable.ForAll(Seeded.Arbitrary(planted.Generate, planted.Shrink), i => planted.UnmetHypothesis(i) is not null || planted.Evaluate(i).Holds),
            cases: 300));
        Assert.Contains("ADAMV_REPLAY=", e.Message, StringComparison.Ordinal);
        Assert.Contains("Shrunk", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extremal_sequence_at_the_reference_points_reaches_the_published_R()
    {
        (double B1, double B2, double R)[] table = [(0.9, 0.999, 7.2703), (0.9, 0.99, 2.3452), (0, 0.999, 31.623), (0.95, 0.999, 5.0873), (0.5, 0.9, 1.8605)];
        foreach ((double b1, double b2, double expected) in table)
        {
            Assert.Equal(expected, SignRatioBound.R(b1, b2), 5e-4);
        }
    }

    [Fact]
    public void Without_the_hypothesis_the_ratio_is_unbounded_and_the_counterexample_is_small_and_replayable()
    {
        var claim = new SignRatioUnboundedClaim();
        ClaimResult r = claim.Check(Quick);
        string replay = ReplayLine.Line(r, BudgetLevel.Quick);
        Assert.True(r.Verdict == Verdict.Refuted, replay);
        Counterexample c = r.Counterexample!;
        SignRatioInstance shrunk = claim.FromJson(c.InstanceJson);
        Assert.Null(claim.UnmetHypothesis(shrunk));
        Assert.False(claim.Evaluate(shrunk).Holds);
        SignRatioInstance original = claim.Replay(c.CaseSeed);
        Assert.False(claim.Evaluate(original).Holds);

        // Greedy shrinking ends at a local minimum unless it ran out of steps: the shrunk case is no longer than the drawn
        // one, and no candidate the shrinker offers from it still violates the conclusion.
        Assert.True(shrunk.Gradients.Length <= original.Gradients.Length, $"shrinking lengthened the case: {c.Description}; {replay}");
        Assert.True(c.ShrinkSteps > 0, $"the drawn case was not shrunk at all: {c.Description}; {replay}");
        Assert.All(c.ShrinkSteps < MaxShrinkSteps ? claim.Shrink(shrunk) : [], candidate => Assert.True(claim.UnmetHypothesis(candidate) is not null || claim.Evaluate(candidate).Holds, $"a smaller violating candidate was left: {claim.Describe(candidate)}; {replay}"));
        Assert.Contains("T = ", c.Description, StringComparison.Ordinal);

        // The shrunk case keeps the evidence of unboundedness: the geometric sequence, a five-fold growth and a growing tail.
        Assert.Matches(@"g_s = .*\^\(s−1\)", c.Description);
        Assert.True(c.Outcome.Observable > 1, $"{c.Outcome.Detail}; {replay}");
        Assert.Contains("non-decreasing over t ∈ [T/2, T]", c.Outcome.Detail, StringComparison.Ordinal);
        Assert.True(shrunk.Gradients.Length >= 20, replay);
    }

    [Fact]
    public void A_bounded_sequence_that_rises_is_no_evidence_of_unboundedness()
    {
        var claim = new SignRatioUnboundedClaim();
        double[] risingButBounded = [.. new double[10], .. Enumerable.Repeat(1.0, 40)];
        double[] alternating = [.. Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? 1.0 : -1.0), .. Enumerable.Repeat(1.0, 40)];
        foreach (double[] g in new[] { risingButBounded, alternating })
        {
            var instance = new SignRatioInstance(0.9, 0.5, 0, false, Adam.Verification.Theory.Optimizers.EpsilonPlacement.OutsideCorrectedRoot, GradientSequenceKind.Shrunk, g);
            Assert.Null(claim.UnmetHypothesis(instance));
            Assert.True(SignRatioTrace.Compute(instance).Max() <= 2);
            CaseOutcome outcome = claim.Evaluate(instance);
            Assert.True(outcome.Holds, outcome.Detail);
        }

        // The extremal sequence of the same β's is evidence.
        var extremal = new SignRatioInstance(0.9, 0.5, 0, false, Adam.Verification.Theory.Optimizers.EpsilonPlacement.OutsideCorrectedRoot, GradientSequenceKind.NearExtremal, ExtremalSequence.Build(0.9, 0.5, 300));
        Assert.False(claim.Evaluate(extremal).Holds);
    }

    [SeededProperty(Cases = 30)]
    public Property On_the_extremal_sequence_the_ratio_grows_without_bound_when_beta1_squared_exceeds_beta2()
    {
        return Replayable.ForAll(Seeded.Arbitrary(r => (B2: r.Uniform(0.3, 0.95), Over: r.Uniform(1.001, 1.05))), c =>
        {
            double b1 = Math.Min(0.999, Math.Sqrt(c.B2) * c.Over);
            int horizon = ExtremalSequence.MaxHorizon(b1, c.B2, 1000);
            var instance = new SignRatioInstance(b1, c.B2, 0, false, Adam.Verification.Theory.Optimizers.EpsilonPlacement.OutsideCorrectedRoot, GradientSequenceKind.NearExtremal, ExtremalSequence.Build(b1, c.B2, horizon));
            double[] u = SignRatioTrace.Compute(instance);
            for (int t = 1; t < u.Length; t++)
            {
                Assert.True(u[t] >= u[t - 1] * (1 - 1e-12));
                Assert.Equal(SignRatioBound.AtStep(b1, c.B2, t + 1), u[t], 1e-9 * u[t]);
            }

            if (horizon >= 1000)
            {
                Assert.True(u[999] / u[9] >= 5, $"u_1000/u_10 = {u[999] / u[9]}");
            }
        });
    }
}
