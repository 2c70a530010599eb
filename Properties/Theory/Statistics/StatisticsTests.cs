using FsCheck;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Lipschitz;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Properties.Theory.Statistics;

/// <summary>Rate fits, Monte Carlo summaries, power iteration and Algorithm 2 against known answers.</summary>
public sealed class StatisticsTests
{
    [SeededProperty(Cases = 30)]
    public Property The_rate_fit_recovers_a_planted_exponent_inside_its_interval()
    {
        var arb = Seeded.Arbitrary(r => (Seed: r.NextSeed(), B: r.Uniform(-1, 0.5), Noise: r.Uniform(0.01, 0.2)));
        return Replayable.ForAll(arb, c =>
        {
            var random = new SeededRandom(c.Seed);
            double[] t = [100, 300, 1000, 3000, 10000];
            double[][] samples = t.Select(x => Enumerable.Range(0, 30).Select(_ => 2 * Math.Pow(x, c.B) * Math.Exp(c.Noise * random.Normal())).ToArray()).ToArray();
            SlopeFit fit = RateExponent.Fit(t, samples, random);
            Assert.True(fit.Lower <= fit.Slope && fit.Slope <= fit.Upper);
            Assert.True(Math.Abs(fit.Slope - c.B) < 0.05, $"b = {c.B}, fitted {fit}");
        });
    }

    [Fact]
    public void An_exact_power_law_gives_its_exponent_with_a_zero_width_interval()
    {
        double[] t = [10, 100, 1000];
        SlopeFit fit = RateExponent.Fit(t, t.Select(x => new[] { Math.Pow(x, -0.25), Math.Pow(x, -0.25) }).ToArray(), new SeededRandom(1));
        Assert.Equal(-0.25, fit.Slope, 12);
        Assert.Equal(fit.Lower, fit.Upper, 12);
        Assert.Throws<ArgumentException>(() => RateExponent.Fit([1, 1], [[1.0], [2.0]], new SeededRandom(1)));
        Assert.Throws<ArgumentException>(() => RateExponent.Fit([1, 2], [[1.0], [-2.0]], new SeededRandom(1)));
    }

    [Fact]
    public void Monte_Carlo_summary_has_the_textbook_standard_error()
    {
        MonteCarloSummary s = MonteCarloSummary.Of([1.0, 2, 3, 4]);
        Assert.Equal(2.5, s.Mean);
        Assert.Equal(Math.Sqrt(5.0 / 3 / 4), s.StandardError, 14);
        Assert.Throws<ArgumentException>(() => MonteCarloSummary.Of([1.0, double.NaN]));
    }

    [SeededProperty(Cases = 40)]
    public Property Power_iteration_finds_the_largest_eigenvalue_of_a_quadratic_and_never_exceeds_it()
    {
        return Replayable.ForAll(Seeded.Arbitrary(r => r.NextSeed()), seed =>
        {
            var random = new SeededRandom(seed);
            IObjective f = ObjectiveGenerator.Draw(ObjectiveFamily.Quadratic, random);
            double k = f.Facts.SmoothnessK!.Value;
            PowerIterationResult r = PowerIteration.SpectralNorm(f, new double[f.Dimension], random, new PowerIterationOptions(1e-13, 100_000));
            Assert.True(r.Estimate <= k * (1 + 1e-12));
            Assert.True(r.Estimate >= k * (1 - 1e-4), $"estimate {r.Estimate} vs λmax {k} after {r.Iterations} iterations");
        });
    }

    [Fact]
    public void Algorithm_two_is_reproducible_from_its_seed_and_W_is_validated()
    {
        IObjective f = ObjectiveGenerator.Draw(ObjectiveFamily.CauchySum, new SeededRandom(4), 5);
        var w = new GaussianDistribution(new double[5], 2);
        LipschitzEstimate a = LipschitzEstimator.Estimate(f, w, 50, new SeededRandom(9)), b = LipschitzEstimator.Estimate(f, w, 50, new SeededRandom(9));
        Assert.Equal(a.PerSample, b.PerSample);
        Assert.Equal(a.Witness, b.Witness);
        Assert.Equal(a.PerSample.Max(), a.KHat);
        Assert.Throws<Adam.Verification.Theory.Optimizers.OptionValidationException>(() => _ = new GaussianDistribution([0.0], 0));
        Assert.Throws<ArgumentException>(() => LipschitzEstimator.Estimate(f, new GaussianDistribution([0.0], 1), 3, new SeededRandom(1)));
    }
}
