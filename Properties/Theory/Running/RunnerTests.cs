using FsCheck;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Oracles;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;
using Adam.Verification.Theory.Schedules;
using Runner = Adam.Verification.Theory.Running.Runner;

namespace Adam.Verification.Properties.Theory.Running;

/// <summary>The runner's stop reasons, records and replayability.</summary>
public sealed class RunnerTests
{
    private static readonly QuadraticObjective Bowl = new([1, 4], Rotation.Identity(2), [1, -1]);

    [Fact]
    public void Gradient_descent_on_a_quadratic_converges_and_says_so()
    {
        var spec = RunSpec.Deterministic(Bowl, new SgdOptimizer(2), new ConstantSchedule(0.2), [5, 5], 10_000) with { GradientTolerance = 1e-8, Record = RecordFields.GradientNorm };
        Trajectory run = Runner.Run(spec);
        Assert.Equal(StopReason.Converged, run.StopReason);
        Assert.True(run.FinalGradientNorm <= 1e-8);
        Assert.True(run.Steps < 200);
        Assert.Equal(run.Records[^1].GradientNorm, run.MinGradientNorm);
    }

    [Fact]
    public void Divergence_is_a_result_not_an_exception()
    {
        var spec = RunSpec.Deterministic(Bowl, new SgdOptimizer(2), new ConstantSchedule(1), [5, 5], 10_000) with { DivergenceRadius = 1e6 };
        Trajectory run = Runner.Run(spec);
        Assert.Equal(StopReason.Diverged, run.StopReason);
        Assert.Contains("‖x‖∞", run.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_finite_gradient_or_iterate_ends_the_run_as_NonFinite()
    {
        var losses = new GradientSequenceLosses([[1.0], [double.NaN]]);
        Trajectory run = Runner.Run(new RunSpec(null, new OnlineOracle(losses), new AdamOptimizer(new AdamOptions(), 1), new ConstantSchedule(0.1), [0], 5));
        Assert.Equal(StopReason.NonFinite, run.StopReason);
        Assert.Equal(1, run.Steps);
        Assert.Contains("step t = 2", run.Detail, StringComparison.Ordinal);

        var huge = new GradientSequenceLosses([[1e300]]);
        Trajectory overflow = Runner.Run(new RunSpec(null, new OnlineOracle(huge), new SgdOptimizer(1), new ConstantSchedule(1e300), [0], 3));
        Assert.Equal(StopReason.NonFinite, overflow.StopReason);
    }

    [SeededProperty]
    public Property Records_follow_the_stride_and_the_run_replays_exactly()
    {
        var arb = Seeded.Arbitrary(r => (Seed: r.NextSeed(), Every: (long)r.NextInt(1, 9), T: (long)r.NextInt(1, 120)));
        return Replayable.ForAll(arb, c =>
        {
            var random = new SeededRandom(c.Seed);
            ScaledShiftedFiniteSum sum = ObjectiveGenerator.DrawFiniteSum(ObjectiveGenerator.Draw(ObjectiveFamily.CauchySum, random), FiniteSumKind.Both, 5, random);
            var spec = new RunSpec(sum, new FiniteSumOracle(sum, SamplingScheme.RandomReshuffling, c.Seed), new AdamOptimizer(Sequences.RandomVariant(random), sum.Dimension), new ConstantSchedule(0.01), ObjectiveGenerator.Gaussian(random, sum.Dimension, 1), c.T)
            {
                Record = RecordFields.All,
                RecordEvery = c.Every,
            };
            Trajectory a = Runner.Run(spec), b = Runner.Run(spec);
            long expected = ((c.T - 1) / c.Every) + 1 + ((c.T - 1) % c.Every == 0 ? 0 : 1);
            Assert.Equal(expected, a.Records.Count);
            Assert.Equal(a.FinalIterate, b.FinalIterate);
            Assert.Equal(a.Records.Select(r => r.Loss), b.Records.Select(r => r.Loss));
            Assert.All(a.Records, r => Assert.NotNull(r.Iterate));
            Assert.Equal(spec.Start, a.Records[0].Iterate);
            Assert.True(a.MaxSignRatio >= a.Records.Max(r => r.SignRatio!.Value));
        });
    }

    [Fact]
    public void Mismatched_dimensions_are_rejected_with_the_sizes()
    {
        var e = Assert.Throws<ArgumentException>(() => Runner.Run(RunSpec.Deterministic(Bowl, new SgdOptimizer(3), new ConstantSchedule(0.1), [0, 0, 0], 1)));
        Assert.Contains("dimension mismatch", e.Message, StringComparison.Ordinal);
    }
}
