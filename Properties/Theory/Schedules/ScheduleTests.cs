using FsCheck;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Properties.Theory.Schedules;

/// <summary>The schedules' documented values and the papers' step-size formulas.</summary>
public sealed class ScheduleTests
{
    [Fact]
    public void Each_schedule_has_its_documented_values()
    {
        Assert.Equal(0.3, new ConstantSchedule(0.3).Alpha(1000));
        Assert.Equal(0.5, InversePowerSchedule.InverseSqrt(1).Alpha(4));
        Assert.Equal(1.0 / 8, new InversePowerSchedule(1, 1.5).Alpha(4), 15);
        Assert.Equal(0.01 + 0.25, new FloorPlusSchedule(0.01, InversePowerSchedule.InverseSqrt(0.5)).Alpha(4), 15);
        var linear = new LinearSchedule(1, 10, 0.1);
        Assert.Equal(1, linear.Alpha(1));
        Assert.Equal(0.1, linear.Alpha(11), 15);
        Assert.Equal(0.1, linear.Alpha(500), 15);
        var step = new StepDecaySchedule(1, 3, 0.5);
        Assert.Equal([1, 1, 1, 0.5, 0.5, 0.5, 0.25], Enumerable.Range(1, 7).Select(t => step.Alpha(t)));
        Assert.Equal(1 / Math.Sqrt(3), new SquareRootDecaySchedule(1, 2).Alpha(5), 15);
        Assert.Equal(1.0 / 3, new InverseTimeSchedule(1, 0.5).Alpha(5), 15);
        var exp = new ExponentialSchedule(0.1, 0.95);
        Assert.Equal(0.1 * Math.Pow(0.95, 9), exp.Alpha(10), 15);
        Assert.Equal(2, exp.Sum, 12);
        var cosine = new CosineSchedule(1, 100, 0.01);
        Assert.Equal(1, cosine.Alpha(1), 15);
        Assert.Equal(0.505, cosine.Alpha(51), 12);
        Assert.Equal(0.01, cosine.Alpha(101), 15);
        var oneCycle = new OneCycleSchedule(1, 100);
        Assert.Equal(1.0 / 25, oneCycle.Alpha(1), 15);
        Assert.Equal(1, oneCycle.Alpha(31), 15);
        Assert.Equal(1.0 / 25 / 1e4, oneCycle.Alpha(101), 15);
    }

    [SeededProperty]
    public Property Decaying_schedules_never_increase_and_one_cycle_rises_then_falls()
    {
        var arb = Seeded.Arbitrary(r => (A: r.Uniform(1e-4, 1), T: (long)r.NextInt(2, 500), G: r.Uniform(0.5, 1)));
        return Replayable.ForAll(arb, c =>
        {
            IStepSchedule[] decaying =
            [
                new ConstantSchedule(c.A), InversePowerSchedule.InverseSqrt(c.A), new FloorPlusSchedule(c.A / 10, InversePowerSchedule.InverseSqrt(c.A)), new LinearSchedule(c.A, c.T), new StepDecaySchedule(c.A, 7, c.G),
                new SquareRootDecaySchedule(c.A, 3), new InverseTimeSchedule(c.A, c.G), new ExponentialSchedule(c.A, c.G), new CosineSchedule(c.A, c.T),
            ];
            foreach (IStepSchedule s in decaying)
            {
                for (long t = 1; t < c.T + 5; t++)
                {
                    Assert.True(s.Alpha(t + 1) <= s.Alpha(t) && s.Alpha(t) >= 0, $"{s.Describe()} increases at t = {t}");
                }
            }

            var cycle = new OneCycleSchedule(c.A, c.T);
            double peak = Enumerable.Range(1, (int)c.T + 1).Max(t => cycle.Alpha(t));
            Assert.Equal(c.A, peak, 12);
        });
    }

    [SeededProperty]
    public Property Alpha_ours_is_alpha_star_with_delta_one_and_zero_optimum()
    {
        var arb = Seeded.Arbitrary(r => (L0: r.Uniform(0.01, 100), K: r.Uniform(0.01, 100), Gamma: r.Uniform(0.01, 10), T: (long)r.NextInt(1, 100_000)));
        return Replayable.ForAll(arb, c =>
        {
            double star = PaperStepSizes.AlphaStar(c.L0, 0, c.K, c.Gamma, c.Gamma, c.T);
            Assert.Equal(star, PaperStepSizes.AlphaOurs(c.L0, c.K, c.T), 1e-12 * star);
            double rho = c.Gamma / 10;
            Assert.Equal(Math.Sqrt(2 * c.L0 / (c.K * 100 * c.T)), PaperStepSizes.AlphaStar(c.L0, 0, c.K, c.Gamma, rho, c.T), 1e-12 * star);
        });
    }

    [Fact]
    public void Invalid_schedule_parameters_are_rejected_by_name()
    {
        Assert.Equal("α", Assert.Throws<OptionValidationException>(() => _ = new ConstantSchedule(double.NaN)).Option);
        Assert.Equal("decay factor γ", Assert.Throws<OptionValidationException>(() => _ = new ExponentialSchedule(1, 1.5)).Option);
        Assert.Equal("horizon T", Assert.Throws<OptionValidationException>(() => _ = new CosineSchedule(1, 0)).Option);
        Assert.Equal("α_min", Assert.Throws<OptionValidationException>(() => _ = new CosineSchedule(1, 10, 2)).Option);
        Assert.Equal("L(w0)", Assert.Throws<OptionValidationException>(() => PaperStepSizes.AlphaStar(0, 1, 1, 1, 1, 10)).Option);
        Assert.Equal("ρ", Assert.Throws<OptionValidationException>(() => PaperStepSizes.AlphaStar(1, 0, 1, 1, 0, 10)).Option);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantSchedule(1).Alpha(0));
    }
}
