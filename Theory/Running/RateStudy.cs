using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Oracles;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Schedules;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Theory.Running;

/// <summary>
/// A rate experiment: an objective, an Adam variant, a <see cref="RateSchedule"/> with constant c, Gaussian gradient
/// noise σ and a metric. <see cref="Measure"/> runs independent replicates at each horizon from one start
/// x0 = centre + N(0, I) drawn from the study seed (common random numbers: only the noise differs between replicates) and fits the exponent b of metric ∝ T^b with a bootstrap interval.
/// </summary>
/// <param name="Objective">F.</param>
/// <param name="Variant">The Adam variant (β's replaced under the sign-like schedule).</param>
/// <param name="Schedule">How α (and the β's) depend on T.</param>
/// <param name="Constant">c.</param>
/// <param name="Sigma">Noise level σ ≥ 0 of g = ∇F + σξ.</param>
/// <param name="Metric">The per-run quantity.</param>
public sealed record RateStudy(IObjective Objective, AdamOptions Variant, RateSchedule Schedule, double Constant, double Sigma, RateMetric Metric)
{
    /// <summary>Maps the scheduled options at every T (identity when null): a planted fault in the update.</summary>
    public Func<AdamOptions, AdamOptions>? UpdateFault { get; init; }

    /// <summary>δ: when nonzero the oracle answers at x + δ·1 (a planted oracle fault, <see cref="ShiftedPointOracle"/>); 0 by default.</summary>
    public double OracleShift { get; init; }

    /// <summary>The options and schedule used at horizon T.</summary>
    public (AdamOptions Options, IStepSchedule Steps) ConfigureFor(long horizon, double[] start)
    {
        ArgumentNullException.ThrowIfNull(start);
        int d = Objective.Dimension;
        switch (Schedule)
        {
            case RateSchedule.SignLike or RateSchedule.SignLikeWithoutMomentum:
            {
                double b1 = Schedule == RateSchedule.SignLike ? 1 - Math.Pow(horizon, -0.5) : 0, b2 = 1 - Math.Pow(horizon, -0.75);
                double alpha = Constant * Math.Pow(horizon, -0.75) / Math.Sqrt(d);
                return (Variant.With(alpha: alpha, beta1: b1, beta2: b2), new ConstantSchedule(alpha));
            }

            case RateSchedule.InverseSqrt:
                return (Variant.With(alpha: Constant), InversePowerSchedule.InverseSqrt(Constant));
            case RateSchedule.AlphaStar:
            {
                ObjectiveFacts facts = Objective.Facts;
                double gamma = facts.GradientBound ?? throw new ArgumentException($"the α* schedule needs a gradient bound γ, which {Objective.Name} does not have; choose a family with a bounded gradient (see `adamv rate --help`).");
                double lStar = facts.OptimalValue ?? throw new ArgumentException($"the α* schedule needs the minimum L*, which {Objective.Name} does not know.");
                double k = facts.SmoothnessK ?? throw new ArgumentException($"the α* schedule needs the smoothness K, which {Objective.Name} does not know.");
                double alpha = PaperStepSizes.AlphaStar(Math.Max(lStar, Objective.Value(start)), lStar, k, gamma, Variant.Epsilon, horizon);
                return (Variant.With(alpha: alpha), new ConstantSchedule(alpha));
            }

            case RateSchedule.Constant:
                return (Variant.With(alpha: Constant), new ConstantSchedule(Constant));
            default:
                throw new InvalidOperationException($"no such rate schedule: {Schedule}.");
        }
    }

    /// <summary>The start shared by every replicate of a study seeded with <paramref name="seed"/>: centre + N(0, I).</summary>
    public double[] StartFor(ulong seed)
    {
        var random = new SeededRandom(SeededRandom.DeriveSeed(seed, 0x5747));
        double[] centre = Objective.Facts.Minimiser ?? new double[Objective.Dimension];
        return centre.Select(c => c + random.Normal()).ToArray();
    }

    /// <summary>The metric of one replicate at horizon T from <paramref name="start"/>; the noise comes from <paramref name="seed"/>.</summary>
    public double RunOnce(long horizon, double[] start, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(start);
        var random = new SeededRandom(seed);
        (AdamOptions options, IStepSchedule steps) = ConfigureFor(horizon, start);
        options = UpdateFault is null ? options : UpdateFault(options);
        IGradientOracle oracle = new GaussianNoiseOracle(Objective, Sigma, random.NextUInt64());
        oracle = OracleShift == 0 ? oracle : new ShiftedPointOracle(oracle, OracleShift);
        var spec = new RunSpec(Objective, oracle, new AdamOptimizer(options, Objective.Dimension), steps, start, horizon)
        {
            Record = RecordFields.Iterate,
            DivergenceRadius = 1e8,
        };
        Trajectory run = Runner.Run(spec);
        var g = new double[Objective.Dimension];
        double sum = 0, min = double.PositiveInfinity;
        foreach (StepRecord r in run.Records)
        {
            Objective.Gradient(r.Iterate!, g);
            sum += VectorMath.Norm1(g);
            min = Math.Min(min, VectorMath.Norm(g));
        }

        return run.StopReason is StopReason.Budget
            ? Metric == RateMetric.AverageL1GradientNorm ? sum / horizon : min
            : double.PositiveInfinity;
    }

    /// <summary>Runs <paramref name="replicates"/> replicates at each horizon and fits the exponent.</summary>
    public RateMeasurement Measure(IReadOnlyList<long> horizons, int replicates, ulong seed, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(horizons);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 2);
        var samples = new double[horizons.Count][];
        double[] start = StartFor(seed);
        for (int k = 0; k < horizons.Count; k++)
        {
            samples[k] = new double[replicates];
            for (int r = 0; r < replicates; r++)
            {
                samples[k][r] = RunOnce(horizons[k], start, SeededRandom.DeriveSeed(seed, ((ulong)k << 32) | (uint)r));
            }
        }

        if (samples.Any(s => s.Any(v => !double.IsFinite(v))))
        {
            throw new ArgumentException("a replicate diverged (a non-finite value): no rate can be fitted with this schedule constant and noise; lower --constant or --sigma.");
        }

        SlopeFit fit = RateExponent.Fit(horizons.Select(t => (double)t).ToArray(), samples, new SeededRandom(SeededRandom.DeriveSeed(seed, ulong.MaxValue)), level);
        return new RateMeasurement(horizons, samples, fit);
    }
}
