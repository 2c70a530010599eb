using System.Reflection;
using FsCheck;
using FsCheck.Fluent;

namespace Adam.Verification.Properties.Harness;

/// <summary>The harness itself: seeds per test, the replay line on failure, the case count, shrinking by draws.</summary>
public sealed class SeededPropertyTests
{
    [Fact]
    public void A_false_property_fails_with_its_replay_line_and_a_shrunk_counterexample()
    {
        var arb = Seeded.Arbitrary(r => r.NextInt(0, 1000));
        var e = Assert.Throws<PropertyFailedException>(() => Replayable.Check(Replayable.ForAll(arb, n => n < 10)));
        (ulong seed, ulong gamma) = PropertySeeds.SeedFor($"SeededPropertyTests.{nameof(A_false_property_fails_with_its_replay_line_and_a_shrunk_counterexample)}");
        Assert.StartsWith($"property SeededPropertyTests.{nameof(A_false_property_fails_with_its_replay_line_and_a_shrunk_counterexample)}", e.Message, StringComparison.Ordinal);
        Assert.Contains($"ADAMV_REPLAY={seed},{gamma} dotnet test --filter \"FullyQualifiedName~SeededPropertyTests.", e.Message, StringComparison.Ordinal);

        // Shrinking by the draws lowers NextInt's value one step at a time at the end: the least failing case is 10.
        Assert.Matches(@"Shrunk:\s*10\b", e.Message);
    }

    [Fact]
    public void The_same_name_and_suite_seed_give_the_same_FsCheck_seed()
    {
        Assert.Equal(PropertySeeds.SeedFor("a"), PropertySeeds.SeedFor("a"));
        Assert.NotEqual(PropertySeeds.SeedFor("a"), PropertySeeds.SeedFor("b"));
        Assert.Equal(1UL, PropertySeeds.SeedFor("a").Gamma & 1);
    }

    [Fact]
    public void The_attribute_replays_the_seed_derived_from_its_method_name_with_the_requested_cases()
    {
        SeededPropertyAttribute attribute = typeof(SeededPropertyTests).GetMethod(nameof(Counted_property), BindingFlags.Public | BindingFlags.Instance)!
            .GetCustomAttribute<SeededPropertyAttribute>()!;
        (ulong seed, ulong gamma) = PropertySeeds.SeedFor($"SeededPropertyTests.{nameof(Counted_property)}");
        Assert.Equal($"{seed},{gamma}", attribute.Replay);
        Assert.Equal(PropertySeeds.Cases(37), attribute.MaxTest);
        Assert.True(attribute.QuietOnSuccess);
    }

    [SeededProperty(Cases = 37)]
    public Property Counted_property() => Replayable.ForAll(Seeded.Arbitrary(r => r.Uniform(0, 1)), x => x is >= 0 and < 1);

    [Fact]
    public void The_property_really_runs_the_requested_number_of_cases()
    {
        int calls = 0;
        Replayable.Check(Replayable.ForAll(Arb.From(Gen.Choose(0, 10)), _ => { calls++; return true; }), cases: 37);
        Assert.Equal(PropertySeeds.Cases(37), calls);
    }
}
