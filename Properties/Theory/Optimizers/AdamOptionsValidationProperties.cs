using FsCheck;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Optimizers;

/// <summary>The error-input catalogue: every invalid option gets its specific message; invalid values are generated.</summary>
public sealed class AdamOptionsValidationProperties
{
    private static readonly double[] NonFinite = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    /// <summary>A value outside [0, 1) or non-finite.</summary>
    private static double OutsideUnit(SeededRandom r) => r.NextInt(4) switch
    {
        0 => -Math.Exp(r.Uniform(-30, 5)),
        1 => 1 + (r.Bernoulli(0.3) ? 0 : Math.Exp(r.Uniform(-30, 5))),
        _ => r.Choose(NonFinite),
    };

    /// <summary>A negative or non-finite value.</summary>
    private static double Negative(SeededRandom r) => r.Bernoulli(0.6) ? -Math.Exp(r.Uniform(-30, 10)) : r.Choose(NonFinite);

    [SeededProperty]
    public Property Invalid_beta1_is_rejected_naming_beta1_and_the_value()
    {
        return Replayable.ForAll(Seeded.Arbitrary(OutsideUnit), b => AssertRejected("β1", b, () => _ = new AdamOptions(beta1: b)));
    }

    [SeededProperty]
    public Property Invalid_beta2_is_rejected_naming_beta2_and_the_value()
    {
        return Replayable.ForAll(Seeded.Arbitrary(OutsideUnit), b => AssertRejected("β2", b, () => _ = new AdamOptions(beta2: b)));
    }

    [SeededProperty]
    public Property Invalid_epsilon_is_rejected_by_name() =>
        Replayable.ForAll(Seeded.Arbitrary(Negative), v => AssertRejected("ε", v, () => _ = new AdamOptions(epsilon: v)));

    [SeededProperty]
    public Property Invalid_alpha_is_rejected_by_name() =>
        Replayable.ForAll(Seeded.Arbitrary(Negative), v => AssertRejected("α", v, () => _ = new AdamOptions(alpha: v)));

    [SeededProperty]
    public Property Invalid_weight_decay_is_rejected_by_name() =>
        Replayable.ForAll(Seeded.Arbitrary(Negative), v => AssertRejected("weight decay λ", v, () => _ = new AdamOptions(weightDecay: v)));

    [SeededProperty]
    public Property Beta2_zero_with_epsilon_zero_and_momentum_is_rejected_because_it_divides_by_zero()
    {
        return Replayable.ForAll(Seeded.Arbitrary(r => r.Uniform(1e-6, 0.999)), b1 =>
        {
            var e = Assert.Throws<OptionValidationException>(() => _ = new AdamOptions(beta1: b1, beta2: 0, epsilon: 0));
            Assert.Equal("β2", e.Option);
            Assert.Contains("divides by zero", e.Message, StringComparison.Ordinal);
            _ = new AdamOptions(beta1: 0, beta2: 0, epsilon: 0);
            _ = new AdamOptions(beta1: b1, beta2: 0, epsilon: 1e-8);
        });
    }

    [SeededProperty]
    public Property Valid_options_are_accepted_and_With_validates_again()
    {
        var arb = Seeded.Arbitrary(r => (B1: r.Uniform(0, 1), B2: r.Uniform(1e-9, 1), Eps: r.Uniform(0, 1), A: r.Uniform(0, 10), L: r.Uniform(0, 1)));
        return Replayable.ForAll(arb, c =>
        {
            var o = new AdamOptions(alpha: c.A, beta1: c.B1, beta2: c.B2, epsilon: c.Eps, weightDecay: c.L);
            Assert.Equal(c.B1, o.Beta1);
            Assert.Throws<OptionValidationException>(() => o.With(beta1: 1 + c.B1));
            Assert.Equal(o, o.With());
        });
    }

    [Fact]
    public void Incompatible_variant_combinations_and_bad_boxes_get_specific_messages()
    {
        var e1 = Assert.Throws<OptionValidationException>(() => _ = new AdamOptions(order: OperationOrder.PyTorch, epsilonPlacement: EpsilonPlacement.InsideRoot));
        Assert.Contains("PyTorch operation order", e1.Message, StringComparison.Ordinal);
        var e2 = Assert.Throws<OptionValidationException>(() => _ = new AdamOptions(order: OperationOrder.PyTorch, amsGrad: AmsGradForm.MaxOfBiasCorrectedV));
        Assert.Contains("MaxOfBiasCorrectedV", e2.Message, StringComparison.Ordinal);
        var e3 = Assert.Throws<OptionValidationException>(() => _ = new AdamOptions(epsilonPlacement: EpsilonPlacement.OutsideUncorrectedRoot, amsGrad: AmsGradForm.MaxOfBiasCorrectedV));
        Assert.Contains("ε̂ form", e3.Message, StringComparison.Ordinal);
        var e4 = Assert.Throws<OptionValidationException>(() => _ = new Box(1, -1));
        Assert.Contains("must not exceed", e4.Message, StringComparison.Ordinal);
        var e5 = Assert.Throws<OptionValidationException>(() => _ = new Box(double.NaN, 1));
        Assert.Contains("box lower bound must be a finite number; got NaN", e5.Message, StringComparison.Ordinal);
        var e6 = Assert.Throws<OptionValidationException>(() => _ = new AdamOptions(amsGrad: (AmsGradForm)17));
        Assert.Contains("AMSGrad form has no member 17", e6.Message, StringComparison.Ordinal);
    }

    [SeededProperty]
    public Property Heavy_ball_validates_its_momentum() =>
        Replayable.ForAll(Seeded.Arbitrary(OutsideUnit), mu => AssertRejected("momentum μ", mu, () => _ = new HeavyBallOptimizer(2, mu)));

    [SeededProperty]
    public Property RMSProp_validates_its_rho() =>
        Replayable.ForAll(Seeded.Arbitrary(OutsideUnit), rho => AssertRejected("ρ", rho, () => _ = new RmsPropOptimizer(2, rho, 1e-8, true)));

    private static void AssertRejected(string option, double value, Action create)
    {
        var e = Assert.Throws<OptionValidationException>(create);
        Assert.Equal(option, e.Option);
        Assert.StartsWith(option, e.Message, StringComparison.Ordinal);
        Assert.Contains($"got {OptionValidationException.Format(value)}", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", e.Message, StringComparison.Ordinal);
    }
}
