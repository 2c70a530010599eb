using FsCheck;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Oracles;
using Adam.Verification.Theory.Running;
using Adam.Verification.Theory.Schedules;
using Runner = Adam.Verification.Theory.Running.Runner;

namespace Adam.Verification.Properties.Theory.Optimizers;

/// <summary>Identities between members of the Adam family (docs/claims.md#conventions).</summary>
public sealed class AdamAliasProperties
{
    [SeededProperty]
    public Property Beta1_zero_Adam_equals_independent_RMSProp_bias_corrected_or_not()
    {
        var arb = Seeded.Arbitrary(r => (Seed: r.NextSeed(), Beta2: r.Uniform(0.5, 0.9999), Eps: r.Choose(new[] { 0.0, 1e-8, 0.1 }), Bc: r.Bernoulli(0.5), D: r.NextInt(1, 6), T: r.NextInt(1, 60)));
        return Replayable.ForAll(arb, c =>
        {
            var random = new SeededRandom(c.Seed);
            double[][] g = Sequences.Gradients(random, c.T, c.D);
            var x0 = ObjectiveGenerator.Gaussian(random, c.D, 1);
            var adam = new AdamOptimizer(new AdamOptions(beta1: 0, beta2: c.Beta2, epsilon: c.Eps, biasCorrection: c.Bc), c.D);
            var rms = new RmsPropOptimizer(c.D, c.Beta2, c.Eps, c.Bc);
            Assert.Equal(0, Sequences.MaxRelativeDifference(Sequences.Replay(adam, x0, g), Sequences.Replay(rms, x0, g)));
        });
    }

    [SeededProperty]
    public Property AdamW_with_zero_decay_equals_Adam_in_both_operation_orders()
    {
        var arb = Seeded.Arbitrary(r => r.NextSeed());
        return Replayable.ForAll(arb, seed =>
        {
            var random = new SeededRandom(seed);
            double[][] g = Sequences.Gradients(random, 40, 4);
            double[] x0 = ObjectiveGenerator.Gaussian(random, 4, 1);
            AdamOptions adamW = AdamPresets.AdamW.Instantiate(0.05, 0.9, 0.999, 1e-8).With(weightDecay: 0);
            AdamOptions torchAdam = AdamPresets.PyTorchAdam.Instantiate(0.05, 0.9, 0.999, 1e-8);
            Assert.Equal(0, Sequences.MaxRelativeDifference(Sequences.Replay(new AdamOptimizer(adamW, 4), x0, g), Sequences.Replay(new AdamOptimizer(torchAdam, 4), x0, g)));
            AdamOptions literalW = new(weightDecay: 0, weightDecayMode: WeightDecayMode.Decoupled);
            Assert.Equal(0, Sequences.MaxRelativeDifference(Sequences.Replay(new AdamOptimizer(literalW, 4), x0, g), Sequences.Replay(new AdamOptimizer(new AdamOptions(), 4), x0, g)));
        });
    }

    [SeededProperty]
    public Property AMSGrad_equals_Adam_when_v_never_decreases()
    {
        var arb = Seeded.Arbitrary(r => (Seed: r.NextSeed(), B1: r.Uniform(0, 0.99), B2: r.Uniform(0.5, 0.9999), Bc: r.Bernoulli(0.5), T: r.NextInt(1, 80)));
        return Replayable.ForAll(arb, c =>
        {
            var random = new SeededRandom(c.Seed);
            // |g_t| non-decreasing makes v_t ≥ v_{t−1} (and v̂_t ≥ v̂_{t−1}) in exact arithmetic.
            double magnitude = Math.Exp(random.Uniform(-3, 3));
            double[][] g = Enumerable.Range(0, c.T).Select(_ =>
            {
                magnitude *= 1 + random.Uniform(0, 0.3);
                return new[] { random.Sign() * magnitude, random.Sign() * magnitude * 0.5 };
            }).ToArray();
            double[] x0 = [0.3, -0.7];
            var plain = new AdamOptions(beta1: c.B1, beta2: c.B2, biasCorrection: c.Bc);
            double[][] adam = Sequences.Replay(new AdamOptimizer(plain, 2), x0, g);
            double[][] maxOfV = Sequences.Replay(new AdamOptimizer(plain.With(amsGrad: AmsGradForm.MaxOfV), 2), x0, g);
            double[][] maxOfVHat = Sequences.Replay(new AdamOptimizer(plain.With(amsGrad: AmsGradForm.MaxOfBiasCorrectedV), 2), x0, g);
            Assert.Equal(0, Sequences.MaxRelativeDifference(adam, maxOfV));
            Assert.True(Sequences.MaxRelativeDifference(adam, maxOfVHat) < 1e-12);
        });
    }

    [SeededProperty]
    public Property Minimising_f_is_exactly_maximising_minus_f()
    {
        var arb = Seeded.Arbitrary(r => (Seed: r.NextSeed(), Family: r.Choose(Enum.GetValues<ObjectiveFamily>())));
        return Replayable.ForAll(arb, c =>
        {
            var random = new SeededRandom(c.Seed);
            IObjective f = ObjectiveGenerator.Draw(c.Family, random);
            AdamOptions o = Sequences.RandomVariant(random);
            double[] x0 = ObjectiveGenerator.Gaussian(random, f.Dimension, 2);
            var schedule = new ConstantSchedule(0.05);
            var down = new RunSpec(f, new DeterministicOracle(f), new AdamOptimizer(o, f.Dimension), schedule, x0, 50) { Record = RecordFields.Iterate };
            var minusF = new NegatedObjective(f);
            var up = new RunSpec(minusF, new DeterministicOracle(minusF), new AdamOptimizer(o, f.Dimension), schedule, x0, 50) { Record = RecordFields.Iterate, Goal = Goal.Maximise };
            Trajectory a = Runner.Run(down), b = Runner.Run(up);
            Assert.Equal(a.FinalIterate, b.FinalIterate);
            Assert.Equal(a.Records.Count, b.Records.Count);
            Assert.Equal(a.StopReason, b.StopReason);
        });
    }

    [SeededProperty]
    public Property The_update_is_coordinate_separable_and_permutation_equivariant()
    {
        var arb = Seeded.Arbitrary(r => (Seed: r.NextSeed(), D: r.NextInt(2, 7)));
        return Replayable.ForAll(arb, c =>
        {
            var random = new SeededRandom(c.Seed);
            AdamOptions o = Sequences.RandomVariant(random);
            double[][] g = Sequences.Gradients(random, 30, c.D);
            double[] x0 = ObjectiveGenerator.Gaussian(random, c.D, 1);
            double[][] full = Sequences.Replay(new AdamOptimizer(o, c.D), x0, g);
            for (int i = 0; i < c.D; i++)
            {
                double[][] alone = Sequences.Replay(new AdamOptimizer(o, 1), [x0[i]], g.Select(row => new[] { row[i] }).ToArray());
                Assert.Equal(full.Select(row => row[i]), alone.Select(row => row[0]));
            }

            int[] perm = Enumerable.Range(0, c.D).ToArray();
            random.Shuffle<int>(perm);
            double[][] permuted = Sequences.Replay(new AdamOptimizer(o, c.D), perm.Select(p => x0[p]).ToArray(), g.Select(row => perm.Select(p => row[p]).ToArray()).ToArray());
            Assert.Equal(full.Select(row => perm.Select(p => row[p]).ToArray()), permuted);
        });
    }

    [SeededProperty]
    public Property A_zero_gradient_from_the_zero_state_moves_nothing_in_every_variant_with_positive_epsilon()
    {
        var arb = Seeded.Arbitrary(r => r.NextSeed());
        return Replayable.ForAll(arb, seed =>
        {
            var random = new SeededRandom(seed);
            foreach (AdamPreset preset in AdamPresets.All)
            {
                AdamOptions o = preset.Instantiate(random.Uniform(1e-3, 1), random.Uniform(0, 0.99), random.Uniform(0.5, 0.9999), random.Uniform(1e-10, 1)).With(weightDecay: 0);
                var opt = new AdamOptimizer(o, 3);
                double[] x0 = ObjectiveGenerator.Gaussian(random, 3, 1);
                double[] x = (double[])x0.Clone();
                for (int t = 0; t < 20; t++)
                {
                    opt.Step(x, new double[3], 0.1);
                }

                Assert.Equal(x0, x);
                Assert.All(opt.State.M.ToArray(), m => Assert.Equal(0, m));
                Assert.All(opt.State.V.ToArray(), v => Assert.Equal(0, v));
            }
        });
    }

    [SeededProperty]
    public Property With_epsilon_zero_the_trajectory_is_invariant_to_scaling_every_gradient()
    {
        var arb = Seeded.Arbitrary(r => (Seed: r.NextSeed(), Power: r.NextInt(-30, 30), C: Math.Exp(r.Uniform(-10, 10))));
        return Replayable.ForAll(arb, c =>
        {
            var random = new SeededRandom(c.Seed);
            AdamOptions o = Sequences.RandomVariant(random, epsilon: 0, allowDecay: false);
            double[][] g = Sequences.Gradients(random, 40, 3);
            double[] x0 = ObjectiveGenerator.Gaussian(random, 3, 1);
            double[][] baseRun = Sequences.Replay(new AdamOptimizer(o, 3), x0, g);
            double two = Math.ScaleB(1, c.Power);
            double[][] exact = Sequences.Replay(new AdamOptimizer(o, 3), x0, g.Select(row => row.Select(v => v * two).ToArray()).ToArray());
            Assert.Equal(0, Sequences.MaxRelativeDifference(baseRun, exact));
            double[][] scaled = Sequences.Replay(new AdamOptimizer(o, 3), x0, g.Select(row => row.Select(v => v * c.C).ToArray()).ToArray());
            Assert.True(Sequences.MaxRelativeDifference(baseRun, scaled) < 1e-10, o.Describe());
        });
    }

    [SeededProperty]
    public Property PyTorch_operation_order_agrees_with_the_literal_formulas_to_rounding()
    {
        var arb = Seeded.Arbitrary(r => r.NextSeed());
        return Replayable.ForAll(arb, seed =>
        {
            var random = new SeededRandom(seed);
            var literal = new AdamOptions(beta1: random.Uniform(0, 0.99), beta2: random.Uniform(0.5, 0.9999), epsilon: random.Choose(new[] { 1e-8, 1e-3 }), weightDecay: random.Choose(new[] { 0.0, 0.01 }), weightDecayMode: random.Bernoulli(0.5) ? WeightDecayMode.Decoupled : WeightDecayMode.CoupledL2, amsGrad: random.Bernoulli(0.5) ? AmsGradForm.MaxOfV : AmsGradForm.None);
            AdamOptions torch = literal.With(order: OperationOrder.PyTorch);
            double[][] g = Sequences.Gradients(random, 50, 3);
            double[] x0 = ObjectiveGenerator.Gaussian(random, 3, 1);
            double diff = Sequences.MaxRelativeDifference(Sequences.Replay(new AdamOptimizer(literal, 3), x0, g), Sequences.Replay(new AdamOptimizer(torch, 3), x0, g));
            Assert.True(diff < 1e-9, $"relative difference {diff} for {literal.Describe()}");
        });
    }
}
