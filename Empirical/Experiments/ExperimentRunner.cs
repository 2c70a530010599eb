using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Engine;
using Adam.Verification.Empirical.Training;
using Adam.Verification.Theory.Lipschitz;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// Trains the arms of an experiment in float32 with the vectorised Adam kernel and records every epoch. For each
/// distinct (architecture, training set, W, seed) it first runs Algorithm 2 (K̂ over N draws of W, power iteration on
/// the exact Hessian-vector product) and evaluates L(w0) at the common start w0, giving α_ours = √(2L(w0)/(K̂T)).
/// All arms of one architecture start from the same w0; mini-batch orders are seeded. An arm with a target α_ours has W's
/// scale s calibrated to reach it (<see cref="ScaleCalibration"/>), every K̂ along the way cached. Schedules advance per epoch
/// (α for epoch e is α_e, as a PyTorch scheduler stepped once per epoch).
/// </summary>
public sealed class ExperimentRunner
{
    private readonly Lazy<LabelledData<float>> _train;
    private readonly Lazy<LabelledData<float>> _test;
    private readonly IProgress<ExperimentProgress>? _progress;
    private readonly Dictionary<(Architecture, int, double, int, int, ulong), (double KHat, double[] PerSample, int Unconverged, double L0)> _smoothness = [];

    /// <summary>Creates a runner over the mini-MNIST split.</summary>
    public ExperimentRunner(MiniMnist data, IProgress<ExperimentProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        _progress = progress;
        _train = new(() => data.Train<float>());
        _test = new(() => data.Test<float>());
    }

    /// <summary>
    /// Runs every arm of <paramref name="experiment"/> at <paramref name="scale"/>; <paramref name="seed"/> (when given)
    /// replaces every arm's seed, so one run seed drives the initialisation, W's draws and the sampling.
    /// </summary>
    public ExperimentResult Run(IExperiment experiment, ExperimentScale scale, ulong? seed = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<Arm> arms = Seeded(experiment.Arms(scale), seed);
        int total = arms.Sum(a => a.Settings.Epochs);
        int done = 0;
        var results = new List<ArmResult>();
        foreach (Arm arm in arms)
        {
            results.Add(RunArm(arm, epoch => _progress?.Report(new ExperimentProgress(arm.Label, done + epoch, total))));
            done += arm.Settings.Epochs;
        }

        return new ExperimentResult(experiment.Name, experiment.Question, scale, results, clock.Elapsed);
    }

    /// <summary>Trains one arm.</summary>
    public ArmResult RunArm(Arm arm, Action<int>? epochDone = null)
    {
        ArgumentNullException.ThrowIfNull(arm);
        TrainingSettings s = arm.Settings;
        (Network<float> network, LabelledData<float> train, float[] w) = Start(s);
        LabelledData<float> test = _test.Value;
        SmoothnessEstimate smoothness = Smoothness(network, train, w, s);
        IStepSchedule schedule = arm.Schedule(new StepSizeContext(smoothness.AlphaOurs, s.Epochs));
        var adam = new VectorAdam(new AdamOptions(beta1: s.Beta1, beta2: s.Beta2, epsilon: s.Rho, order: OperationOrder.PyTorch), network.ParameterCount);
        var gradient = new float[network.ParameterCount];
        var batchGradient = new float[network.ParameterCount];
        var order = Enumerable.Range(0, train.Count).ToArray();
        var shuffle = new SeededRandom(SeededRandom.DeriveSeed(s.Seed, 3));
        double loss = network.Gradient(w, train, gradient);
        var records = new List<EpochRecord> { new(0, loss, Norm(gradient), network.Accuracy(w, test), 0) };
        for (int epoch = 1; epoch <= s.Epochs; epoch++)
        {
            double alpha = schedule.Alpha(epoch);
            try
            {
                if (s.BatchSize is not int b || b >= train.Count)
                {
                    adam.Step(w, gradient, alpha);
                }
                else
                {
                    shuffle.Shuffle(order.AsSpan());
                    for (int start = 0; start < train.Count; start += b)
                    {
                        LabelledData<float> batch = train.Select(order.AsSpan(start, Math.Min(b, train.Count - start)));
                        network.Gradient(w, batch, batchGradient);
                        adam.Step(w, batchGradient, alpha);
                    }
                }
            }
            catch (NonFiniteGradientException)
            {
                break;
            }

            loss = network.Gradient(w, train, gradient);
            records.Add(new EpochRecord(epoch, loss, Norm(gradient), network.Accuracy(w, test), alpha));
            epochDone?.Invoke(epoch);
            if (!double.IsFinite(loss))
            {
                break;
            }
        }

        return new ArmResult(arm.Label, schedule.Describe(), arm.IsAlphaOurs, smoothness, records);
    }

    /// <summary>
    /// Algorithm 2's estimate at the scale s of W at which it gives α_ours = <paramref name="target"/> for
    /// <paramref name="settings"/> (its architecture, training set, horizon and seed), as an arm with that target finds it
    /// (<see cref="ScaleCalibration"/>; the nearer end of the bracket when the target lies outside it).
    /// </summary>
    public SmoothnessEstimate Calibrate(TrainingSettings settings, double target)
    {
        ArgumentNullException.ThrowIfNull(settings);
        (Network<float> network, LabelledData<float> train, float[] w) = Start(settings);
        return Smoothness(network, train, w, settings with { TargetAlphaOurs = target });
    }

    private (Network<float> Network, LabelledData<float> Train, float[] W0) Start(TrainingSettings s)
    {
        Network<float> network = s.Architecture.Build<float>();
        LabelledData<float> train = s.TrainPerClass < MiniMnist.TrainPerClass ? _train.Value.FirstPerClass(s.TrainPerClass) : _train.Value;
        return (network, train, network.Initialize(new SeededRandom(SeededRandom.DeriveSeed(s.Seed, 1))));
    }

    /// <summary>The arms with every seed replaced by <paramref name="seed"/> (unchanged when null).</summary>
    public static IReadOnlyList<Arm> Seeded(IReadOnlyList<Arm> arms, ulong? seed)
    {
        ArgumentNullException.ThrowIfNull(arms);
        return seed is ulong s ? [.. arms.Select(a => a with { Settings = a.Settings with { Seed = s } })] : arms;
    }

    private static double Norm(ReadOnlySpan<float> g)
    {
        double sum = 0;
        foreach (float x in g)
        {
            sum += (double)x * x;
        }

        return Math.Sqrt(sum);
    }

    private SmoothnessEstimate Smoothness(Network<float> network, LabelledData<float> train, float[] w0, TrainingSettings s)
    {
        if (s.TargetAlphaOurs is double target)
        {
            TrainingSettings fixedScale = s with { TargetAlphaOurs = null };
            double scale = ScaleCalibration.Find(x => Smoothness(network, train, w0, fixedScale with { SamplingScale = x }).AlphaOurs, target);
            return Smoothness(network, train, w0, fixedScale with { SamplingScale = scale });
        }

        var key = (s.Architecture, s.TrainPerClass, s.SamplingScale, s.KHatSamples, s.PowerIterations, s.Seed);
        if (!_smoothness.TryGetValue(key, out var known))
        {
            _progress?.Report(new ExperimentProgress($"Algorithm 2 on {s.Architecture} (N = {s.KHatSamples}, s = {s.SamplingScale})", 0, 0));
            var objective = new NetworkObjective<float>(network, train);
            LipschitzEstimate estimate = LipschitzEstimator.Estimate(
                objective,
                new InitialisationDistribution<float>(network, s.SamplingScale),
                s.KHatSamples,
                new SeededRandom(SeededRandom.DeriveSeed(s.Seed, 2)),
                new PowerIterationOptions(RelativeTolerance: 1e-3, MaxIterations: s.PowerIterations));
            known = (estimate.KHat, estimate.PerSample.ToArray(), estimate.Unconverged, network.Loss(w0, train));
            _smoothness[key] = known;
        }

        double alphaOurs = PaperStepSizes.AlphaOurs(known.L0, known.KHat, s.Epochs);
        return new SmoothnessEstimate(known.KHat, known.PerSample, known.L0, alphaOurs, known.Unconverged, s.SamplingScale);
    }
}
