using FsCheck.Fluent;

namespace Adam.Verification.Properties.Harness;

/// <summary>The harness itself: a false property fails with a replay line, and the replay reproduces it.</summary>
public sealed class PropertyRunnerTests
{
    [Fact]
    public void A_false_property_fails_and_prints_a_replay_seed()
    {
        var arb = Seeded.Arbitrary(r => r.Uniform(0, 1));
        var e = Assert.Throws<PropertyFailedException>(() => PropertyRunner.ForAll("planted-false-property", arb, x => x < 0.5));
        Assert.Contains("ADAMV_REPLAY=", e.Message, StringComparison.Ordinal);
        Assert.Contains("planted-false-property", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_name_and_suite_seed_give_the_same_FsCheck_seed()
    {
        Assert.Equal(PropertyRunner.SeedFor("a"), PropertyRunner.SeedFor("a"));
        Assert.NotEqual(PropertyRunner.SeedFor("a"), PropertyRunner.SeedFor("b"));
        Assert.Equal(1UL, PropertyRunner.SeedFor("a").Gamma & 1);
    }

    [Fact]
    public void The_property_really_runs_the_requested_number_of_cases()
    {
        int calls = 0;
        PropertyRunner.ForAll("counting", Arb.From(Gen.Choose(0, 10)), _ => { calls++; return true; }, cases: 37);
        Assert.Equal(37, calls);
    }
}
