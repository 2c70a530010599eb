using FsCheck;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Oracles;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Objectives;

/// <summary>The finite-sum constructions carry exact D0/D1, and the oracles sample them as documented.</summary>
public sealed class FiniteSumProperties
{
    [SeededProperty]
    public Property Variance_equals_D1_gradient_norm_squared_plus_D0_exactly()
    {
        var arb = Seeded.Arbitrary(r => (Seed: r.NextSeed(), Kind: r.Choose(Enum.GetValues<FiniteSumKind>()), Family: r.Choose(new[] { ObjectiveFamily.CauchySum, ObjectiveFamily.Quadratic, ObjectiveFamily.RastriginLike, ObjectiveFamily.PseudoHuber }), N: r.NextInt(2, 12)));
        return Replayable.ForAll(arb, c =>
        {
            var random = new SeededRandom(c.Seed);
            ScaledShiftedFiniteSum sum = ObjectiveGenerator.DrawFiniteSum(ObjectiveGenerator.Draw(c.Family, random), c.Kind, c.N, random);
            VarianceConstants v = sum.Variance!;
            Assert.Equal(c.Kind == FiniteSumKind.Additive, v.D1 == 0);
            Assert.Equal(c.Kind == FiniteSumKind.Multiplicative, v.D0 == 0);
            for (int p = 0; p < 5; p++)
            {
                double[] x = ObjectiveGenerator.Gaussian(random, sum.Dimension, 3);
                var full = new double[sum.Dimension];
                var gi = new double[sum.Dimension];
                var mean = new double[sum.Dimension];
                sum.Gradient(x, full);
                double variance = 0, meanValue = 0;
                for (int i = 0; i < sum.Count; i++)
                {
                    sum.ComponentGradient(i, x, gi);
                    meanValue += sum.ComponentValue(i, x) / sum.Count;
                    for (int j = 0; j < gi.Length; j++)
                    {
                        variance += (gi[j] - full[j]) * (gi[j] - full[j]) / sum.Count;
                        mean[j] += gi[j] / sum.Count;
                    }
                }

                double predicted = (v.D1 * VectorMath.Dot(full, full)) + v.D0;
                Assert.True(Math.Abs(variance - predicted) <= 1e-10 * (1 + predicted), $"V = {variance}, D1‖∇F‖² + D0 = {predicted}");
                Assert.True(Math.Abs(meanValue - sum.Value(x)) <= 1e-10 * (1 + Math.Abs(meanValue)));
                for (int j = 0; j < gi.Length; j++)
                {
                    Assert.True(Math.Abs(mean[j] - full[j]) <= 1e-10 * (1 + Math.Abs(full[j])));
                }
            }
        });
    }

    [Fact]
    public void Invalid_finite_sums_are_rejected_with_the_constraint_named()
    {
        IObjective f = new PseudoHuberObjective([0, 0]);
        var e = Assert.Throws<OptionValidationException>(() => _ = new ScaledShiftedFiniteSum(f, [1, 2], [[0, 0], [0, 0]], FiniteSumKind.Multiplicative));
        Assert.Contains("mean 1", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<OptionValidationException>(() => _ = new ScaledShiftedFiniteSum(f, [1, 1], [[1, 0], [0, 0]], FiniteSumKind.Additive));
        Assert.Contains("Σ c_i = 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_reshuffling_visits_every_component_once_per_epoch_and_replays_from_its_seed()
    {
        var random = new SeededRandom(3);
        ScaledShiftedFiniteSum sum = ObjectiveGenerator.DrawFiniteSum(new PseudoHuberObjective([0]), FiniteSumKind.Additive, 7, random);
        var oracle = new FiniteSumOracle(sum, SamplingScheme.RandomReshuffling, seed: 11);
        double[] x = [0.25];
        var seen = new List<double>();
        var g = new double[1];
        for (int t = 1; t <= 21; t++)
        {
            oracle.Gradient(t, x, g);
            seen.Add(g[0]);
        }

        var components = Enumerable.Range(0, 7).Select(i => { var gi = new double[1]; sum.ComponentGradient(i, x, gi); return gi[0]; }).Order().ToArray();
        for (int epoch = 0; epoch < 3; epoch++)
        {
            Assert.Equal(components, seen.Skip(epoch * 7).Take(7).Order().ToArray());
        }

        oracle.Reset();
        oracle.Gradient(1, x, g);
        Assert.Equal(seen[0], g[0]);
    }

    [Fact]
    public void With_replacement_and_mini_batch_oracles_are_unbiased_in_the_long_run()
    {
        var random = new SeededRandom(5);
        ScaledShiftedFiniteSum sum = ObjectiveGenerator.DrawFiniteSum(new PseudoHuberObjective([0, 0]), FiniteSumKind.Both, 6, random);
        double[] x = [0.3, -1.2];
        var full = new double[2];
        sum.Gradient(x, full);
        foreach (FiniteSumOracle oracle in new[] { new FiniteSumOracle(sum, SamplingScheme.WithReplacement, 1), new FiniteSumOracle(sum, SamplingScheme.MiniBatch, 2, batchSize: 3) })
        {
            var mean = new double[2];
            var g = new double[2];
            const int n = 40_000;
            for (int t = 1; t <= n; t++)
            {
                oracle.Gradient(t, x, g);
                mean[0] += g[0] / n;
                mean[1] += g[1] / n;
            }

            // Standard error of the mean is at most sqrt(V/n) ≈ 0.01 here; 5 SE.
            Assert.True(Math.Abs(mean[0] - full[0]) < 0.05 && Math.Abs(mean[1] - full[1]) < 0.05, $"{oracle.Describe()}: {mean[0]}, {mean[1]} vs {full[0]}, {full[1]}");
        }
    }

    [SeededProperty]
    public Property A_coordinate_weighted_pseudo_Huber_sum_averages_to_F_agrees_in_sign_and_is_not_a_sum_of_multiples()
    {
        var arb = Seeded.Arbitrary(r => (Seed: r.NextSeed(), D: r.NextInt(2, 8), N: r.NextInt(2, 10)));
        return Replayable.ForAll(arb, c =>
        {
            var random = new SeededRandom(c.Seed);
            double[] centre = ObjectiveGenerator.Gaussian(random, c.D, 1);
            WeightedPseudoHuberSum sum = WeightedPseudoHuberSum.Draw(centre, c.N, random);
            double[] x = ObjectiveGenerator.Gaussian(random, c.D, 3);
            var full = new double[c.D];
            var gi = new double[c.D];
            var mean = new double[c.D];
            sum.Gradient(x, full);
            double meanValue = 0, variance = 0;
            bool parallel = true;
            for (int i = 0; i < c.N; i++)
            {
                sum.ComponentGradient(i, x, gi);
                meanValue += sum.ComponentValue(i, x) / c.N;
                double ratio = gi[0] / full[0];
                for (int j = 0; j < c.D; j++)
                {
                    mean[j] += gi[j] / c.N;
                    variance += (gi[j] - full[j]) * (gi[j] - full[j]) / c.N;
                    Assert.True(Math.Sign(gi[j]) == Math.Sign(full[j]), $"component {i}, coordinate {j}: the signs differ");
                    Assert.True(Math.Abs(gi[j]) <= sum.MaxWeight * Math.Abs(full[j]) * (1 + 1e-12));
                    parallel &= Math.Abs(gi[j] - (ratio * full[j])) <= 1e-9 * Math.Abs(full[j]);
                }

                Assert.False(parallel && i > 0, "every component gradient is a multiple of ∇F");
            }

            Assert.Equal(sum.Value(x), meanValue, 1e-9 * (1 + Math.Abs(meanValue)));
            Assert.All(Enumerable.Range(0, c.D), j => Assert.Equal(full[j], mean[j], 1e-12));
            Assert.True(variance <= (sum.Variance!.D1 * full.Sum(g => g * g)) + 1e-12, "V(x) exceeds D1·‖∇F‖²");
        });
    }
}
