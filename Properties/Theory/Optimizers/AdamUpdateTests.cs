using FsCheck;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Optimizers;

/// <summary>The reference update against hand-written formulas, its error handling and allocation behaviour.</summary>
public sealed class AdamUpdateTests
{
    [Fact]
    public void Two_Kingma_Ba_steps_match_the_formulas_written_out_by_hand()
    {
        const double a = 0.1, b1 = 0.9, b2 = 0.999, eps = 1e-8;
        double g1 = 0.5, g2 = -2;
        double m1 = (1 - b1) * g1, v1 = (1 - b2) * g1 * g1;
        double x1 = 1 - (a * (m1 / (1 - b1)) / (Math.Sqrt(v1 / (1 - b2)) + eps));
        double m2 = (b1 * m1) + ((1 - b1) * g2), v2 = (b2 * v1) + ((1 - b2) * g2 * g2);
        double x2 = x1 - (a * (m2 / (1 - (b1 * b1))) / (Math.Sqrt(v2 / (1 - (b2 * b2))) + eps));
        var state = new AdamState(1);
        double[] x = [1];
        var o = new AdamOptions(alpha: a, beta1: b1, beta2: b2, epsilon: eps);
        AdamUpdate.Step(o, state, x, [g1]);
        Assert.Equal(x1, x[0], 15);
        AdamUpdate.Step(o, state, x, [g2]);
        Assert.Equal(x2, x[0], 14);
        Assert.Equal(m2, state.M[0], 15);
        Assert.Equal(v2, state.V[0], 15);
        Assert.Equal(2, state.T);
    }

    [Fact]
    public void Each_epsilon_placement_and_AMSGrad_form_follows_its_formula()
    {
        const double a = 0.1, b1 = 0.5, b2 = 0.75, eps = 0.25;
        double[] g = [2, 0.5];
        foreach (EpsilonPlacement placement in Enum.GetValues<EpsilonPlacement>())
        {
            foreach (AmsGradForm form in Enum.GetValues<AmsGradForm>())
            {
                if (placement == EpsilonPlacement.OutsideUncorrectedRoot && form == AmsGradForm.MaxOfBiasCorrectedV)
                {
                    continue;
                }

                var o = new AdamOptions(alpha: a, beta1: b1, beta2: b2, epsilon: eps, epsilonPlacement: placement, amsGrad: form);
                var s = new AdamState(1);
                double[] x = [0];
                double m = 0, v = 0, vmax = 0, expected = 0;
                for (int t = 1; t <= g.Length; t++)
                {
                    AdamUpdate.Step(o, s, x, [g[t - 1]]);
                    m = (b1 * m) + ((1 - b1) * g[t - 1]);
                    v = (b2 * v) + ((1 - b2) * g[t - 1] * g[t - 1]);
                    double c1 = 1 - Math.Pow(b1, t), c2 = 1 - Math.Pow(b2, t);
                    double vhat = form switch
                    {
                        AmsGradForm.MaxOfV => (vmax = Math.Max(vmax, v)) / c2,
                        AmsGradForm.MaxOfBiasCorrectedV => vmax = Math.Max(vmax, v / c2),
                        _ => v / c2,
                    };
                    double u = placement switch
                    {
                        EpsilonPlacement.OutsideCorrectedRoot => m / c1 / (Math.Sqrt(vhat) + eps),
                        EpsilonPlacement.OutsideUncorrectedRoot => Math.Sqrt(c2) / c1 * m / (Math.Sqrt(vhat * c2) + eps),
                        _ => m / c1 / Math.Sqrt(vhat + eps),
                    };
                    expected -= a * u;
                    Assert.Equal(expected, x[0], 14);
                }
            }
        }
    }

    [Fact]
    public void Decay_and_projection_follow_their_formulas()
    {
        var coupled = new AdamOptions(alpha: 0.1, weightDecay: 0.5, biasCorrection: false, epsilon: 0);
        var s = new AdamState(1);
        double[] x = [2];
        AdamUpdate.Step(coupled, s, x, [1]);
        Assert.Equal(2 - (0.1 * Math.Sign(1 + (0.5 * 2)) * (0.1 * 2) / Math.Sqrt(0.001 * 4)), x[0], 12);

        var decoupled = new AdamOptions(alpha: 0.1, weightDecay: 0.5, weightDecayMode: WeightDecayMode.Decoupled, biasCorrection: false, epsilon: 0);
        s = new AdamState(1);
        x = [2];
        AdamUpdate.Step(decoupled, s, x, [1]);
        Assert.Equal(2 - (0.1 * ((0.1 / Math.Sqrt(0.001)) + (0.5 * 2))), x[0], 12);

        var boxed = AdamPresets.ReddiAdam.Template.With(alpha: 10, projection: new Box(-1, 1));
        s = new AdamState(2);
        x = [0.5, -0.5];
        AdamUpdate.Step(boxed, s, x, [-3, 3]);
        Assert.Equal([1.0, -1.0], x);
    }

    [SeededProperty]
    public Property A_non_finite_gradient_throws_naming_step_and_coordinate_and_leaves_everything_unchanged()
    {
        var arb = Seeded.Arbitrary(r => (Seed: r.NextSeed(), Bad: r.Choose(new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity }), Coordinate: r.NextInt(4), Steps: r.NextInt(0, 10)));
        return Replayable.ForAll(arb, c =>
        {
            var random = new SeededRandom(c.Seed);
            AdamOptions o = Sequences.RandomVariant(random).With(amsGrad: AmsGradForm.None);
            var opt = new AdamOptimizer(o, 4);
            double[] x = ObjectiveGenerator.Gaussian(random, 4, 1);
            foreach (double[] g in Sequences.Gradients(random, c.Steps, 4))
            {
                opt.Step(x, g, 0.1);
            }

            double[] xBefore = (double[])x.Clone();
            AdamState before = opt.State.Clone();
            double[] bad = ObjectiveGenerator.Gaussian(random, 4, 1);
            bad[c.Coordinate] = c.Bad;
            var e = Assert.Throws<NonFiniteGradientException>(() => opt.Step(x, bad, 0.1));
            Assert.Equal(c.Steps + 1, e.Step);
            Assert.Equal(c.Coordinate, e.Coordinate);
            Assert.Contains($"step t = {c.Steps + 1}, coordinate {c.Coordinate}", e.Message, StringComparison.Ordinal);
            Assert.Equal(xBefore, x);
            Assert.Equal(before.M.ToArray(), opt.State.M.ToArray());
            Assert.Equal(before.V.ToArray(), opt.State.V.ToArray());
            Assert.Equal(before.T, opt.State.T);
        });
    }

    [Fact]
    public void Dimension_mismatch_and_negative_step_size_are_rejected()
    {
        var s = new AdamState(2);
        Assert.Throws<ArgumentException>(() => AdamUpdate.Step(new AdamOptions(), s, new double[3], new double[2]));
        var e = Assert.Throws<OptionValidationException>(() => AdamUpdate.Step(new AdamOptions(), s, new double[2], new double[2], -1));
        Assert.Equal("α_t", e.Option);
        Assert.Throws<NonFiniteGradientException>(() => new SgdOptimizer(1).Step(new double[1], [double.NaN], 1));
        Assert.Throws<NonFiniteGradientException>(() => new HeavyBallOptimizer(1, 0.9).Step(new double[1], [double.NaN], 1));
    }

    [Fact]
    public void The_step_allocates_nothing()
    {
        var o = new AdamOptions(amsGrad: AmsGradForm.MaxOfV, weightDecay: 0.1, weightDecayMode: WeightDecayMode.Decoupled);
        var s = new AdamState(64);
        double[] x = new double[64], g = Enumerable.Range(0, 64).Select(i => Math.Sin(i)).ToArray();
        AdamUpdate.Step(o, s, x, g);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int t = 0; t < 100; t++)
        {
            AdamUpdate.Step(o, s, x, g);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Heavy_ball_and_SGD_follow_their_recursions()
    {
        var hb = new HeavyBallOptimizer(1, 0.5);
        double[] x = [0];
        hb.Step(x, [1], 0.1);
        hb.Step(x, [1], 0.1);
        Assert.Equal(-(0.1 * 1) - (0.1 * 1.5), x[0], 15);
        var sgd = new SgdOptimizer(1);
        x = [1];
        sgd.Step(x, [2], 0.25);
        Assert.Equal(0.5, x[0]);
    }

    [Fact]
    public void Every_preset_is_a_distinct_variant_and_resolves_by_name()
    {
        Assert.Equal(AdamPresets.All.Count, AdamPresets.All.Select(p => p.Template).Distinct().Count());
        Assert.Same(AdamPresets.AmsGradOptax, AdamPresets.Get("AMSGRAD-OPTAX"));
        var e = Assert.Throws<ArgumentException>(() => AdamPresets.Get("adamax"));
        Assert.Contains("unknown Adam variant 'adamax'", e.Message, StringComparison.Ordinal);
    }
}
