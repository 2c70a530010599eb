using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Randomness;
using FsCheck;

namespace Adam.Verification.Properties.Theory.Randomness;

/// <summary>
/// Shrinking by the choice sequence: recording changes no value, an unedited tape rebuilds the value, every candidate
/// differs from the draws it came from, and shrinking reaches the low ends of the generator's ranges.
/// </summary>
public sealed class ChoiceShrinkerTests
{
    private static (int N, double X, bool B, string K, double Z) Mixed(SeededRandom r) =>
        (r.NextInt(3, 40), r.Uniform(-2, 5), r.Bernoulli(0.3), r.Choose(new[] { "a", "b", "c", "d", "e" }), r.Normal());

    [SeededProperty]
    public Property Recording_and_replaying_an_unedited_tape_give_the_plain_generators_values() =>
        Replayable.ForAll(Seeded.Arbitrary(r => r.NextSeed()), seed =>
        {
            var plain = Mixed(new SeededRandom(seed));
            SeededRandom recording = SeededRandom.Recording(seed);
            Assert.Equal(plain, Mixed(recording));
            Assert.Equal(recording.Draws.Count, recording.DrawBounds.Count);
            Assert.Equal(plain, Mixed(SeededRandom.Replaying([.. recording.Draws], seed)));

            // A tape cut short continues the seed's own stream: the same values again.
            Assert.Equal(plain, Mixed(SeededRandom.Replaying([.. recording.Draws.Take(2)], seed)));
        });

    [SeededProperty]
    public Property Every_candidate_differs_from_its_draws_and_keeps_their_length() =>
        Replayable.ForAll(Seeded.Arbitrary(r => r.NextSeed()), seed =>
        {
            Drawn<(int, double, bool, string, double)> drawn = ChoiceShrinker.Draw(Mixed, seed);
            int count = 0;
            foreach (ulong[] tape in ChoiceShrinker.Candidates(drawn.Draws, drawn.Bounds))
            {
                Assert.Equal(drawn.Draws.Count, tape.Length);
                Assert.False(tape.SequenceEqual(drawn.Draws), "a candidate equal to its draws would let shrinking loop");
                count++;
            }

            Assert.True(count > 0);
        });

    [Fact]
    public void Greedy_shrinking_reaches_the_least_failing_case_of_each_range()
    {
        // Fails when N ≥ 17 and X ≥ 1.5 and K is not "a": the least failing case is (17, 1.5, any, "b", any).
        static bool Holds((int N, double X, bool B, string K, double Z) c) => c.N < 17 || c.X < 1.5 || c.K == "a";
        ulong seed = Enumerable.Range(1, 1000).Select(i => (ulong)i).First(s => !Holds(Mixed(new SeededRandom(s))));
        Drawn<(int N, double X, bool B, string K, double Z)> current = ChoiceShrinker.Draw(Mixed, seed);
        bool improved = true;
        while (improved)
        {
            improved = false;
            foreach (var candidate in ChoiceShrinker.Shrink(Mixed, current))
            {
                if (!Holds(candidate.Value))
                {
                    current = candidate;
                    improved = true;
                    break;
                }
            }
        }

        Assert.Equal(17, current.Value.N);
        Assert.Equal("b", current.Value.K);
        Assert.InRange(current.Value.X, 1.5, 1.5 + 1e-6);
        Assert.True(current.Depth <= ChoiceShrinker.MaxDepth);
    }

    [Fact]
    public void Seeds_drawn_with_NextSeed_are_left_alone_and_a_round_is_limited()
    {
        static (ulong Seed, int N) Build(SeededRandom r) => (r.NextSeed(), r.NextInt(0, 1000));
        Drawn<(ulong Seed, int N)> drawn = ChoiceShrinker.Draw(Build, 11);
        List<Drawn<(ulong Seed, int N)>> candidates = [.. ChoiceShrinker.Shrink(Build, drawn)];
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Equal(drawn.Value.Seed, c.Value.Seed));
        Assert.All(candidates, c => Assert.True(c.Value.N < drawn.Value.N));

        // Many draws: still at most RoundLimit candidates, and the last draws get theirs (round-robin, not starved).
        static double[] Many(SeededRandom r) => [.. Enumerable.Range(0, 300).Select(_ => r.Uniform(0, 1))];
        Drawn<double[]> big = ChoiceShrinker.Draw(Many, 3);
        List<ulong[]> tapes = [.. ChoiceShrinker.Candidates(big.Draws, big.Bounds).Take(ChoiceShrinker.RoundLimit)];
        Assert.Equal(ChoiceShrinker.RoundLimit, tapes.Count);
        Assert.Contains(tapes, t => t[ChoiceShrinker.PositionLimit - 1] != big.Draws[ChoiceShrinker.PositionLimit - 1] && t[ChoiceShrinker.PositionLimit - 1] != 0);
        Assert.True(ChoiceShrinker.Shrink(Many, big).Count() <= ChoiceShrinker.RoundLimit);
    }

    [Fact]
    public void A_candidate_that_needs_more_draws_than_its_tape_is_skipped()
    {
        // A rejection sampler: a draw below half the range is redrawn, so zeroing it would need one more draw.
        static ulong Build(SeededRandom r)
        {
            ulong x;
            do
            {
                x = r.NextUInt64();
            }
            while (x < (1UL << 63));
            return x;
        }

        Drawn<ulong> drawn = ChoiceShrinker.Draw(Build, 5);
        Assert.All(ChoiceShrinker.Shrink(Build, drawn), c => Assert.True(c.Draws.Count <= drawn.Draws.Count));
    }

    [Fact]
    public void Shrinking_stops_at_the_depth_limit()
    {
        Drawn<int> deep = ChoiceShrinker.Draw(r => r.NextInt(0, 1000), 7) with { Depth = ChoiceShrinker.MaxDepth };
        Assert.Empty(ChoiceShrinker.Shrink(r => r.NextInt(0, 1000), deep));
    }

    [Fact]
    public void A_generator_that_does_not_record_refuses_to_report_draws()
    {
        Assert.Throws<InvalidOperationException>(() => new SeededRandom(1).Draws);
    }
}
