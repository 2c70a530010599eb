using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// A §5 experiment of arXiv 2309.08339 judged as a claim (docs/claims.md#constant-step-beats-schedulers-at-every-depth): at every configuration of
/// <see cref="ExperimentClaimSpec.Comparisons"/>, Adam with the constant α_ours = √(2L(w0)/(K̂T)) (full batch, or the
/// configuration's mini-batches) ends with a smaller full-batch ‖∇L‖ than every rival (or, where the spec's
/// <see cref="ExperimentClaimSpec.Metric"/> says so, a smaller training loss). K̂ depends on Algorithm 2's W, which the paper does not state, so every replicate runs
/// α_ours at several W's: PyTorch's initialisation with its bounds times s (<see cref="FixedScales"/>), and times s*, the scale at which α_ours
/// on the base settings (MLP 3×32 at CI scale, 3×1000 at paper scale; LeNet for the LeNet claim,
/// <see cref="ExperimentClaimSpec.CalibrationSettings"/>) equals the α_ours the paper prints for the
/// experiment's figure, <see cref="ExperimentClaimSpec.CalibrationTarget"/> (<see cref="ScaleCalibration"/>);
/// one W serves every configuration (the paper does not state its W, only α_ours per figure).
/// <para>
/// A replicate tests a configuration when some rival trained (<see cref="TrainedArm.Trained"/>): a
/// rival that died has a small ‖∇L‖ it did not earn, and one that never left the start has a ‖∇L‖ that measures nothing,
/// so with no rival trained there is no bar (at short horizons and depth 5 none does in many replicates, and a win over no
/// bar is no evidence). At s*, a replicate whose calibration missed its target tests nothing either. α_ours wins a tested replicate when it trained and its final ‖∇L‖ (or
/// loss, by the spec's metric) is below the best trained rival's. Each W gets a verdict: per configuration a sign test on the wins among the tested replicates
/// (<see cref="SignTest"/>), Held at error rate <see cref="ErrorRate"/> and Refuted at <see cref="ErrorRate"/>/k for k
/// configurations; the W is Refuted when some configuration is Refuted (Bonferroni: at most <see cref="ErrorRate"/> under
/// coin flips), Held when every one is Held (at most <see cref="ErrorRate"/>: every configuration must pass), Inconclusive
/// otherwise. The claim's verdict is that of s*; the evidence gives every W's.
/// </para>
/// </summary>
public sealed class ExperimentClaim : IClaim
{
    /// <summary>The family-wise error rate of a decisive verdict under the null hypothesis (each replicate a coin flip).</summary>
    public const double ErrorRate = 1e-3;

    /// <summary>The label of the calibrated W.</summary>
    public const string CalibratedW = "s*";

    /// <summary>
    /// The fixed scales of W run besides s*: at CI scale s = 1 alone (the initialisation itself, W's default), at paper scale
    /// also 1.5, 2 and 3 (<see cref="SchedulersExperiment.SamplingScales"/>). At CI scale the scales between 1 and s* give
    /// win rates near the sign test's boundary (docs/claims.md), so a verdict there would depend on the seed.
    /// </summary>
    public static IReadOnlyList<double> FixedScales(ExperimentScale scale) => scale == ExperimentScale.Paper ? SchedulersExperiment.SamplingScales : [1];

    private readonly ExperimentClaimSpec _spec;
    private readonly MiniMnist? _data;
    private readonly ExperimentScale? _scale;
    private readonly ExperimentClaimFault _fault;

    /// <summary>Creates the claim of <paramref name="spec"/> over the digits (loaded from the committed file when null).</summary>
    /// <param name="spec">The experiment's statement and configurations.</param>
    /// <param name="data">The digits.</param>
    /// <param name="scale">The scale (null: by budget, as <see cref="ScaleFor"/>).</param>
    /// <param name="fault">A planted fault, or none.</param>
    public ExperimentClaim(ExperimentClaimSpec spec, MiniMnist? data = null, ExperimentScale? scale = null, ExperimentClaimFault fault = ExperimentClaimFault.None)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _spec = spec;
        _data = data;
        _scale = scale;
        _fault = fault;
        Definition = DefinitionOf(spec.Id, spec.Citation, spec.Statement, spec.Hypotheses, spec.CiVerdict, spec.CiReplicates);
    }

    /// <summary>
    /// The definition of a claim on real digits trained with torch.optim.Adam semantics (<see cref="AdamPresets.PyTorchAdam"/>
    /// in float32), with <paramref name="ciReplicates"/> replicates at quick and standard budget and one at thorough (paper scale).
    /// </summary>
    public static ClaimDefinition DefinitionOf(string id, Citation citation, string statement, string hypotheses, Verdict ciVerdict, int ciReplicates) =>
        new(id, citation, statement, hypotheses, "pytorch-adam (bias correction, ε outside √v̂), float32", ciVerdict, new CaseBudget(ciReplicates, ciReplicates, 1))
        {
            Presets = [AdamPresets.PyTorchAdam],
        };

    /// <inheritdoc/>
    public ClaimDefinition Definition { get; }

    /// <inheritdoc/>
    public string Id => Definition.Id;

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Definition.ExpectedVerdict;

    /// <inheritdoc/>
    public IReadOnlyList<PlantedFault> PlantedFaults =>
        [.. _spec.Faults.Select(f => new PlantedFault(Describe(f), Perturbs(f), () => new ExperimentClaim(_spec, _data, _scale, f)))];

    /// <summary>The scale a budget runs at: thorough runs the paper scale, quick and standard the CI scale.</summary>
    public static ExperimentScale ScaleFor(BudgetLevel budget) => budget == BudgetLevel.Thorough ? ExperimentScale.Paper : ExperimentScale.Ci;

    /// <summary>The seed of replicate <paramref name="r"/> (1-based) of <paramref name="replicates"/>: the run seed itself for a single run, else derived from it.</summary>
    public static ulong ReplicateSeed(ulong seed, int r, int replicates) => replicates == 1 ? seed : SeededRandom.DeriveSeed(seed, (ulong)r);

    /// <summary>The label of the fixed W at scale <paramref name="s"/>, e.g. "s = 1.5".</summary>
    public static string WLabel(double s) => string.Create(CultureInfo.InvariantCulture, $"s = {s:G3}");

    /// <summary>Every W a replicate trains α_ours at: the fixed scales of <paramref name="scale"/>, then s* (<paramref name="sStar"/>).</summary>
    public static IEnumerable<(string Label, double Scale)> Ws(ExperimentScale scale, double sStar) =>
        FixedScales(scale).Select(s => (WLabel(s), s)).Append((CalibratedW, sStar));

    /// <summary>Whether a replicate tests W <paramref name="w"/>: every replicate tests the fixed W's, and s* only where its calibration reached the target.</summary>
    public static bool Tests(string w, bool calibrated) => w != CalibratedW || calibrated;

    /// <summary>The upper median of <paramref name="values"/> (the element at index n/2 of the sorted values).</summary>
    public static double UpperMedian(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted[sorted.Length / 2];
    }

    /// <summary>"from a to b" over the s* of the calibrated replicates, or "never reached".</summary>
    public static string CalibratedRange(IEnumerable<(double Scale, bool Calibrated)> replicates)
    {
        double[] reached = [.. replicates.Where(r => r.Calibrated).Select(r => r.Scale)];
        return reached.Length == 0 ? "never reached" : string.Create(CultureInfo.InvariantCulture, $"from {reached.Min():G3} to {reached.Max():G3}");
    }

    /// <summary>The expected verdict at a scale: the CI verdict, or Inconclusive at paper scale, where one replicate cannot decide.</summary>
    public Verdict ExpectedAt(ExperimentScale scale) => scale == ExperimentScale.Paper ? Verdict.Inconclusive : _spec.CiVerdict;

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        ExperimentScale scale = _scale ?? ScaleFor(settings.Budget);
        IReadOnlyList<ReplicateOutcome> replicates = Measure(scale, settings.Seed);
        return Judge(replicates, scale, settings.Seed, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Runs the replicates at <paramref name="scale"/> (one at paper scale) from <paramref name="seed"/>.</summary>
    public IReadOnlyList<ReplicateOutcome> Measure(ExperimentScale scale, ulong seed)
    {
        var runner = new ExperimentRunner(_data ?? MiniMnist.From(MnistDigits.Load()));
        IReadOnlyList<ExperimentComparison> comparisons = _spec.Comparisons(scale, _fault == ExperimentClaimFault.FaintSchedulers ? FaintFactor : 1);
        int count = scale == ExperimentScale.Paper ? 1 : _spec.CiReplicates;
        return [.. Enumerable.Range(1, count).Select(r => Replicate(runner, scale, comparisons, ReplicateSeed(seed, r, count)))];
    }

    private ReplicateOutcome Replicate(ExperimentRunner runner, ExperimentScale scale, IReadOnlyList<ExperimentComparison> comparisons, ulong seed)
    {
        TrainingSettings calibration = _spec.CalibrationSettings(scale) with { Seed = seed };
        SmoothnessEstimate found = runner.Calibrate(calibration, Target);
        double sStar = found.SamplingScale;
        bool calibrated = ScaleCalibration.Reached(found.AlphaOurs, Target);
        var outcomes = new List<ComparisonOutcome>();
        foreach (ExperimentComparison c in comparisons)
        {
            TrainingSettings settings = c.Settings with { Seed = seed };
            ArmResult[] rivals = [.. c.Rivals.Select(a => runner.RunArm(a with { Settings = a.Settings with { Seed = seed } }))];
            foreach ((string label, double s) in Ws(scale, sStar))
            {
                TrainingSettings atW = settings with { SamplingScale = s };
                outcomes.Add(Outcome(c.Name, label, runner.RunArm(BaseSettings.AlphaOurs(atW)), rivals, atW.Epochs));
            }
        }

        return new ReplicateOutcome(sStar, calibrated, outcomes);
    }

    private ComparisonOutcome Outcome(string comparison, string w, ArmResult ours, IReadOnlyList<ArmResult> rivals, int epochs)
    {
        ExperimentMetric m = _spec.Metric;
        ArmResult? best = TrainedArm.Best(rivals, epochs, m);
        double rivalSmallest = best is null ? double.NaN : rivals.Where(a => TrainedArm.Trained(a, epochs)).Min(a => a.Epochs.Min(m.Of));
        return new ComparisonOutcome(comparison, w, ours.Smoothness.SamplingScale, ours.Smoothness.AlphaOurs, TrainedArm.Trained(ours, epochs),
            m.Of(ours.Final), ours.Epochs.Min(m.Of), ours.Epochs.Max(m.Of), best?.Label, best is null ? double.NaN : m.Of(best.Final), rivalSmallest);
    }

    /// <summary>
    /// Whether <paramref name="result"/>, a run of the spec's experiment computed elsewhere (a trace of
    /// <c>tools/torch_runner.py</c>, or <c>adamv experiment</c>'s own run), can be judged as one replicate: the spec names
    /// the experiment's calibrated arm (<see cref="ExperimentClaimSpec.CalibratedArm"/>), has one configuration at the
    /// result's scale, and the result carries that arm and exactly the configuration's rivals.
    /// </summary>
    public bool CanJudge(ExperimentResult result) => WhyNotJudged(result) is null;

    /// <summary>Whether runs of the experiment can be judged at all: the spec names the experiment's calibrated arm.</summary>
    public bool JudgesRuns => _spec.CalibratedArm is not null;

    /// <summary>
    /// One replicate from a run of the spec's experiment (see <see cref="CanJudge"/>): every α_ours arm is a W, the
    /// calibrated arm s* (calibrated when its α_ours is within tolerance of the target) and the others s = their scale,
    /// each compared with the run's rivals as <see cref="Measure"/> compares them.
    /// </summary>
    /// <exception cref="ArgumentException">The result cannot be judged; the message says why.</exception>
    public ReplicateOutcome FromResult(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (WhyNotJudged(result) is { } why)
        {
            throw new ArgumentException($"{Id} cannot judge this {result.Name} run: {why}.", nameof(result));
        }

        ExperimentComparison comparison = _spec.Comparisons(result.Scale, 1).Single();
        int epochs = result.Arms.Max(a => a.Final.Epoch);
        ArmResult[] rivals = [.. result.Arms.Where(a => !a.IsAlphaOurs)];
        ArmResult calibrated = result.Arms.Single(a => a.Label == _spec.CalibratedArm);
        ComparisonOutcome[] outcomes = [.. result.Arms.Where(a => a.IsAlphaOurs && a != calibrated).OrderBy(a => a.Smoothness.SamplingScale)
            .Select(a => Outcome(comparison.Name, WLabel(a.Smoothness.SamplingScale), a, rivals, epochs))
            .Append(Outcome(comparison.Name, CalibratedW, calibrated, rivals, epochs))];
        return new ReplicateOutcome(calibrated.Smoothness.SamplingScale, ScaleCalibration.Reached(calibrated.Smoothness.AlphaOurs, Target), outcomes);
    }

    /// <summary>The claim's verdict over runs of its experiment computed elsewhere, one replicate each (<see cref="FromResult"/>), judged as <see cref="Judge"/> judges measured ones.</summary>
    public ClaimResult JudgeResults(IReadOnlyList<ExperimentResult> results, ulong seed, double seconds)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentOutOfRangeException.ThrowIfZero(results.Count);
        ReplicateOutcome[] replicates = [.. results.Select(FromResult)];
        string[] ws = [.. replicates[0].Outcomes.Select(o => o.W)];
        if (replicates.FirstOrDefault(r => !r.Outcomes.Select(o => o.W).SequenceEqual(ws, StringComparer.Ordinal)) is { } other)
        {
            throw new ArgumentException($"the runs are not replicates of one another: the first has α_ours at {string.Join(", ", ws)}, another at {string.Join(", ", other.Outcomes.Select(o => o.W))}.", nameof(results));
        }

        return Judge(replicates, results[0].Scale, seed, seconds);
    }

    /// <summary>Why <paramref name="result"/> cannot be judged as a replicate (<see cref="CanJudge"/>), or null when it can.</summary>
    public string? WhyNotJudged(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (_spec.CalibratedArm is null || result.Name != _spec.Experiment)
        {
            return $"only runs of the '{_spec.Experiment}' experiment with a calibrated arm can be judged{(_spec.CalibratedArm is null ? ", and it has none" : string.Empty)}";
        }

        IReadOnlyList<ExperimentComparison> comparisons = _spec.Comparisons(result.Scale, 1);
        if (comparisons.Count != 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the claim compares at {comparisons.Count} configurations, a run draws one");
        }

        if (!result.Arms.Any(a => a.IsAlphaOurs && a.Label == _spec.CalibratedArm))
        {
            return $"it has no α_ours arm '{_spec.CalibratedArm}'";
        }

        string[] expected = [.. comparisons[0].Rivals.Select(a => a.Label).Order(StringComparer.Ordinal)];
        string[] found = [.. result.Arms.Where(a => !a.IsAlphaOurs).Select(a => a.Label).Order(StringComparer.Ordinal)];
        return expected.SequenceEqual(found, StringComparer.Ordinal) ? null
            : $"its rivals are {string.Join(", ", found)}; the claim's are {string.Join(", ", expected)}";
    }

    /// <summary>The verdict of every W over <paramref name="replicates"/>, fixed scales first and s* last, each with its wins per configuration.</summary>
    public IReadOnlyList<(string W, Verdict Verdict, string Detail)> VerdictsByW(IReadOnlyList<ReplicateOutcome> replicates)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        ArgumentOutOfRangeException.ThrowIfZero(replicates.Count);
        string[] names = [.. replicates[0].Outcomes.Select(o => o.Comparison).Distinct()];
        return [.. replicates[0].Outcomes.Select(o => o.W).Distinct().Select(w =>
        {
            var perComparison = names.Select(n =>
            {
                ComparisonOutcome[] tested = [.. replicates.Where(r => Tests(w, r.Calibrated)).Select(r => r.Outcomes.Single(o => o.W == w && o.Comparison == n)).Where(o => o.Tested)];
                int wins = tested.Count(o => o.Won(_fault));
                return (Name: n, Wins: wins, Tested: tested.Length, Verdict: SignTest.Decide(wins, tested.Length, ErrorRate, ErrorRate / names.Length));
            }).ToList();
            Verdict verdict = perComparison.Any(p => p.Verdict == Verdict.Refuted) ? Verdict.Refuted
                : perComparison.All(p => p.Verdict == Verdict.Held) ? Verdict.Held
                : Verdict.Inconclusive;
            string detail = string.Join(", ", perComparison.Select(p => $"{p.Name} {p.Wins}/{p.Tested}"));
            return (w, verdict, detail);
        })];
    }

    /// <summary>The claim's verdict on measured replicates: the verdict at s*, with every W's in the evidence.</summary>
    public ClaimResult Judge(IReadOnlyList<ReplicateOutcome> replicates, ExperimentScale scale, ulong seed, double seconds)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        IReadOnlyList<(string W, Verdict Verdict, string Detail)> byW = VerdictsByW(replicates);
        Verdict verdict = byW.Single(v => v.W == CalibratedW).Verdict;
        int k = replicates[0].Outcomes.Select(o => o.Comparison).Distinct().Count(), n = replicates.Count;
        ComparisonOutcome[] judged = [.. replicates.Where(r => r.Calibrated).SelectMany(r => r.Outcomes).Where(o => o.W == CalibratedW)];
        ReplicateOutcome[] calibrated = [.. replicates.Where(r => r.Calibrated)];
        int uncalibrated = n - calibrated.Length;
        string perW = string.Join("; ", byW.Select(v => $"{v.W}: {v.Verdict} ({v.Detail}{AlphaRange(replicates, v.W)})"));
        string untested = string.Join(", ", judged.GroupBy(o => o.Comparison).Where(g => g.Any(o => !o.Tested)).Select(g => $"{g.Key} {g.Count(o => !o.Tested)} ({g.Count(o => !o.Tested && o.Trained)} with α_ours trained)"));
        string ratios = string.Join(", ", judged.GroupBy(o => o.Comparison).Select(g => string.Create(CultureInfo.InvariantCulture,
            $"{g.Key} {string.Join("/", g.Select(o => !o.Tested ? "untested" : !o.Trained ? "dead" : o.Ratio(_fault).ToString("G2", CultureInfo.InvariantCulture)))}")));
        string bars = string.Join("; ", judged.Where(o => o.Tested).GroupBy(o => o.Comparison).Select(g => string.Create(CultureInfo.InvariantCulture,
            $"{g.Key}: {string.Join(", ", g.GroupBy(o => o.BestRival).OrderByDescending(h => h.Count()).ThenBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key} {h.Count()}"))}")));
        string sStar = CalibratedRange(replicates.Select(r => (r.CalibratedScale, r.Calibrated)));
        string evidence = string.Create(CultureInfo.InvariantCulture,
            $"{scale} scale, {n} replicate(s) from seed {seed}, {k} configuration(s); per configuration a sign test on the wins among the replicates where some rival trained, Held at {ErrorRate:G2} and Refuted at {ErrorRate:G2}/{k} (decisive from {SignTest.MinimumRuns(ErrorRate)} and {SignTest.MinimumRuns(ErrorRate / k)} such replicates). Judged at s*, one W for every configuration with α_ours = {Target:G3} on {CalibratedOn(scale)} (s* {sStar}{(uncalibrated > 0 ? $"; the target was missed in {uncalibrated} replicate(s), which do not test s*" : string.Empty)}): {verdict}. Wins of tested replicates per W: {perW}. Untested at s* (no rival trained): {(untested.Length == 0 ? "none" : untested)}. Best trained rival at s* by {_spec.Metric.Name} (replicates): {(bars.Length == 0 ? "none" : bars)}. {(_fault == ExperimentClaimFault.RivalsBestEpoch ? $"Ratios to the smallest {_spec.Metric.Symbol} any trained rival reached at any epoch" : "Ratios to the best trained rival")} at s*: {ratios}{FaultNote}.");
        double[] finite = [.. judged.Where(o => o.Tested && o.Trained).Select(o => o.Ratio(_fault)).Where(double.IsFinite)];
        ClaimDefinition definition = Definition with { ExpectedVerdict = ExpectedAt(scale) };
        return ClaimResult.For(definition, verdict, n * k, judged.Count(o => o.Tested), seed, null, seconds, finite.Length > 0 ? UpperMedian(finite) : null, evidence);
    }

    private const double FaintFactor = 0.01;

    private string CalibratedOn(ExperimentScale scale)
    {
        Architecture network = _spec.CalibrationSettings(scale).Architecture;
        return network == BaseSettings.For(scale).Architecture ? "the base settings" : network.ToString();
    }

    /// <summary>The factor on the calibration target under the construction fault "ten times the paper's α_ours".</summary>
    public const double TenfoldFactor = 10;

    private double Target => _fault == ExperimentClaimFault.TenfoldTarget ? TenfoldFactor * _spec.CalibrationTarget : _spec.CalibrationTarget;

    private static string AlphaRange(IReadOnlyList<ReplicateOutcome> replicates, string w)
    {
        double[] alphas = [.. replicates.SelectMany(r => r.Outcomes).Where(o => o.W == w).Select(o => o.AlphaOurs)];
        return string.Create(CultureInfo.InvariantCulture, $"; α_ours {alphas.Min():G2} to {alphas.Max():G2}");
    }

    private string FaultNote => _fault == ExperimentClaimFault.None ? string.Empty : $"; fault: {Describe(_fault)}";

    private string Describe(ExperimentClaimFault fault) => fault switch
    {
        ExperimentClaimFault.BestEpoch => $"the judge reads α_ours's smallest {_spec.Metric.Symbol} over all epochs (epoch 0 included), not its final one",
        ExperimentClaimFault.WorstEpoch => $"the judge reads α_ours's largest {_spec.Metric.Symbol} over all epochs (epoch 0 included), not its final one",
        ExperimentClaimFault.RivalsBestEpoch => $"the judge reads each trained rival's smallest {_spec.Metric.Symbol} over all epochs (epoch 0 included), not its final one",
        ExperimentClaimFault.TenfoldTarget => string.Create(CultureInfo.InvariantCulture, $"the calibrated W targets α_ours = {TenfoldFactor * _spec.CalibrationTarget:G3}, ten times the paper's"),
        ExperimentClaimFault.UntrainedCounts => "the judge counts an α_ours arm that did not train as trained",
        ExperimentClaimFault.FaintSchedulers => string.Create(CultureInfo.InvariantCulture, $"the schedulers start from α0 = {FaintFactor * PaperSchedulers.BaseAlpha:0e-0}, a hundredth of torch.optim.Adam's default"),
        _ => "none",
    };

    private static FaultTarget Perturbs(ExperimentClaimFault fault) => fault is ExperimentClaimFault.BestEpoch or ExperimentClaimFault.WorstEpoch or ExperimentClaimFault.RivalsBestEpoch or ExperimentClaimFault.UntrainedCounts ? FaultTarget.Oracle : FaultTarget.Construction;
}
