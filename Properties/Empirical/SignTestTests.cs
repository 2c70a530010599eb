using Adam.Verification.Empirical.Claims;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Randomness;
using FsCheck;
using MathNet.Numerics.Distributions;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// <see cref="SignTest"/> on its own: its tails against MathNet's binomial distribution, its error rate under the null
/// hypothesis summed exactly over every outcome, the symmetry of its two sides, and the counts and miss probabilities
/// that docs/claims.md quotes for the experiment claims.
/// </summary>
public sealed class SignTestTests
{
    private static Arbitrary<Drawn<(int Runs, int Wins, double Held, double Refuted)>> Cases { get; } = Seeded.Arbitrary(r =>
    {
        int runs = r.NextInt(1, 120);
        return (runs, r.NextInt(0, runs), Math.Pow(10, r.Uniform(-6, -0.5)), Math.Pow(10, r.Uniform(-6, -0.5)));
    });

    [SeededProperty(Cases = 200)]
    public Property The_verdict_is_the_one_the_binomial_tails_give()
    {
        return Replayable.ForAll(Cases, c =>
        {
            // P(Bin(n, 1/2) ≥ w) = 1 − CDF(w − 1); P(Bin(n, 1/2) ≤ w) = CDF(w). Ties within 1e-9 of a rate are not drawn in practice.
            double upper = c.Wins == 0 ? 1 : 1 - Binomial.CDF(0.5, c.Runs, c.Wins - 1);
            double lower = Binomial.CDF(0.5, c.Runs, c.Wins);
            Verdict expected = upper <= c.Held ? Verdict.Held : lower <= c.Refuted ? Verdict.Refuted : Verdict.Inconclusive;
            Assert.Equal(expected, SignTest.Decide(c.Wins, c.Runs, c.Held, c.Refuted));
        });
    }

    [SeededProperty(Cases = 100)]
    public Property Under_fair_coin_flips_each_decisive_verdict_has_at_most_its_error_rate()
    {
        return Replayable.ForAll(Cases, c =>
        {
            // Summed exactly over every outcome w of n fair flips: the probability of Held, and of Refuted.
            double held = 0, refuted = 0;
            for (int w = 0; w <= c.Runs; w++)
            {
                Verdict v = SignTest.Decide(w, c.Runs, c.Held, c.Refuted);
                double p = Binomial.PMF(0.5, c.Runs, w);
                held += v == Verdict.Held ? p : 0;
                refuted += v == Verdict.Refuted ? p : 0;
            }

            Assert.True(held <= c.Held * (1 + 1e-9), $"P(Held) = {held} > {c.Held} at n = {c.Runs}");
            Assert.True(refuted <= c.Refuted * (1 + 1e-9), $"P(Refuted) = {refuted} > {c.Refuted} at n = {c.Runs}");
        });
    }

    [SeededProperty(Cases = 100)]
    public Property Swapping_wins_and_losses_swaps_the_sides_and_WinsForHeld_is_the_boundary()
    {
        return Replayable.ForAll(Cases, c =>
        {
            Verdict v = SignTest.Decide(c.Wins, c.Runs, c.Held, c.Refuted);
            Verdict mirrored = SignTest.Decide(c.Runs - c.Wins, c.Runs, c.Refuted, c.Held);
            Verdict Flip(Verdict x) => x == Verdict.Held ? Verdict.Refuted : x == Verdict.Refuted ? Verdict.Held : x;
            Assert.Equal(Flip(v), mirrored);

            int k = SignTest.WinsForHeld(c.Runs, c.Held);
            Assert.InRange(k, 0, c.Runs + 1);
            if (k <= c.Runs)
            {
                Assert.Equal(Verdict.Held, SignTest.Decide(k, c.Runs, c.Held));
            }

            if (k > 0)
            {
                Assert.NotEqual(Verdict.Held, SignTest.Decide(k - 1, c.Runs, c.Held));
            }
        });
    }

    [SeededProperty(Cases = 100)]
    public Property Below_MinimumRuns_no_verdict_is_decisive_and_at_it_a_clean_sweep_is()
    {
        return Replayable.ForAll(Seeded.Arbitrary(r => Math.Pow(10, r.Uniform(-8, -0.2))), rate =>
        {
            int n = SignTest.MinimumRuns(rate);
            Assert.Equal(Verdict.Held, SignTest.Decide(n, n, rate));
            Assert.Equal(Verdict.Refuted, SignTest.Decide(0, n, rate));
            for (int w = 0; w < n; w++)
            {
                Assert.Equal(Verdict.Inconclusive, SignTest.Decide(w, n - 1, rate));
            }
        });
    }

    [Fact]
    public void The_counts_the_docs_quote_are_the_tests_counts()
    {
        // 2⁻¹⁰ = 9.8e-4: ten of ten decide at 1e-3, nine of nine do not.
        Assert.Equal(10, SignTest.MinimumRuns(1e-3));
        Assert.Equal(Verdict.Held, SignTest.Decide(10, 10, 1e-3));
        Assert.Equal(Verdict.Inconclusive, SignTest.Decide(9, 9, 1e-3));

        // The depth claim's six configurations: Refuted needs 13 tested replicates at a configuration (2⁻¹³ ≤ 1e-3/6 < 2⁻¹²).
        Assert.Equal(13, SignTest.MinimumRuns(1e-3 / 6));

        // The replicate counts of the experiment claims: 16 (Held from 15 wins, Refuted to 1), 64 (45; 19) and 192 (118; 74).
        foreach ((int runs, int held, int refuted) in new[] { (16, 15, 1), (64, 45, 19), (192, 118, 74) })
        {
            Assert.Equal(held, SignTest.WinsForHeld(runs, 1e-3));
            Assert.Equal(Verdict.Refuted, SignTest.Decide(refuted, runs, 1e-3));
            Assert.Equal(Verdict.Inconclusive, SignTest.Decide(refuted + 1, runs, 1e-3));
        }

        // The chance that a true win rate misses Held, as docs/claims.md quotes it: 0.4% at 0.83 with 64 replicates (two
        // in five with 24).
        Assert.Equal(0.0037, Binomial.CDF(0.83, 64, 44), 4);
        Assert.Equal(0.39, Binomial.CDF(0.83, 24, 19), 2);

        // And for the constant-rates claim: 0.5% at 0.70 with 192 replicates (one in five with 96), 2·10⁻⁴ at 0.73.
        Assert.Equal(0.005, Binomial.CDF(0.70, 192, 117), 3);
        Assert.Equal(0.20, Binomial.CDF(0.70, 96, 63), 2);
        Assert.Equal(0.0002, Binomial.CDF(0.73, 192, 117), 4);

        // With k = 3 configurations the Refuted side is tested at 1e-3/3: 0 of 11 (4.9e-4) is not decisive, 0 of 12 is.
        Assert.Equal(12, SignTest.MinimumRuns(1e-3 / 3));
        Assert.Equal(Verdict.Inconclusive, SignTest.Decide(0, 11, 1e-3, 1e-3 / 3));
        Assert.Equal(Verdict.Refuted, SignTest.Decide(0, 12, 1e-3, 1e-3 / 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => SignTest.Decide(3, 2, 1e-3));
        Assert.Throws<ArgumentOutOfRangeException>(() => SignTest.Decide(-1, 2, 1e-3));
    }
}
