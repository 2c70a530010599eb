using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Conjectures;
using FsCheck;
using FsCheck.Fluent;

namespace Adam.Verification.Properties.Theory.Claims.Conjectures;

/// <summary>
/// A conjecture's counterexample shrinks without a hand-written shrinker (by its generator's draws), and a conjecture
/// can draw its cases from an FsCheck generator or arbitrary (whose shrinker then shrinks them).
/// </summary>
public sealed class ConjectureShrinkingTests
{
    private static readonly ClaimRunSettings Quick = new(BudgetLevel.Quick, Seed: 1);

    [Fact]
    public void Without_a_shrinker_a_violation_shrinks_to_the_low_ends_of_the_generators_ranges()
    {
        ClaimResult result = Conjecture.For<Pair>("sum-below-fifty")
            .Generating(r => new Pair(r.NextInt(0, 100), r.NextInt(0, 100)))
            .Observing(p => (p.A + p.B) / 50.0)
            .Build()
            .Check(Quick);
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Counterexample found = result.Counterexample!;
        Assert.True(found.ShrinkSteps > 0, found.InstanceJson);

        // Each draw moved to its least value still failing: a sum of exactly 51 (observable 51/50 > 1).
        Pair shrunk = System.Text.Json.JsonSerializer.Deserialize<Pair>(found.InstanceJson)!;
        Assert.Equal(51, shrunk.A + shrunk.B);
    }

    [Fact]
    public void An_FsCheck_arbitrary_generates_and_shrinks_the_cases()
    {
        Arbitrary<Pair> arbitrary = Arb.From(
            Gen.Choose(0, 100).Zip(Gen.Choose(0, 100), (a, b) => new Pair(a, b)),
            p => new[] { p with { A = p.A / 2 }, p with { B = p.B / 2 }, p with { A = p.A - 1 }, p with { B = p.B - 1 } }.Where(q => q.A >= 0 && q.B >= 0 && q != p));
        var claim = Conjecture.For<Pair>("sum-below-fifty-fscheck").Generating(arbitrary).Observing(p => (p.A + p.B) / 50.0).Build();
        ClaimResult first = claim.Check(Quick);
        Assert.Equal(Verdict.Refuted, first.Verdict);
        Pair shrunk = System.Text.Json.JsonSerializer.Deserialize<Pair>(first.Counterexample!.InstanceJson)!;
        Assert.True(51 == shrunk.A + shrunk.B, first.Evidence + " / " + first.Counterexample.InstanceJson);

        // Cases replay from the seed: the same run gives the same counterexample.
        Assert.Equal(first.Counterexample.InstanceJson, claim.Check(Quick).Counterexample!.InstanceJson);
    }

    [Fact]
    public void An_FsCheck_generator_draws_replayable_cases()
    {
        var claim = Conjecture.For<Pair>("sum-at-most-two-hundred").Generating(Gen.Choose(0, 100).Zip(Gen.Choose(0, 100), (a, b) => new Pair(a, b)))
            .Observing(p => (p.A + p.B) / 200.0).Build();
        ClaimResult result = claim.Check(Quick);
        Assert.Equal(Verdict.Held, result.Verdict);
        Assert.Equal(result.Evidence, claim.Check(Quick).Evidence);
    }

    /// <summary>Two integers.</summary>
    public sealed record Pair(int A, int B);
}
