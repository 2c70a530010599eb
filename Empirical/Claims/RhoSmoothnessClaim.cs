using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// <c>constant-step-smoother-at-smaller-rho</c> (arXiv 2309.08339 §5.6, Figure 16; docs/claims.md#constant-step-smoother-at-smaller-rho):
/// with the constant α_ours, a larger stabiliser ρ (ε outside √v̂) gives a slight overshoot in the loss, and training is
/// smoother as ρ decreases. Read as a paired comparison: from the same start and with the same α_ours, the loss curve of
/// Adam at ρ = <see cref="LargerRho"/> rises in total by more than at ρ = <see cref="SmallerRho"/>, the ends of Figure
/// 16's range, where the rise of a curve is R = Σ_{t=1}^{T} max(0, L(w_t) − L(w_{t−1})) (<see cref="RhoOutcome.Rise"/>;
/// 0 for a curve that never rises).
/// <para>
/// Each replicate, at a seed derived from the run seed, calibrates W's scale s* on the base settings so that α_ours
/// equals <see cref="ExperimentClaimSpec.CalibrationTarget"/> of the §5.2 network (0.045; Figure 16's 0.015 is LeNet's)
/// and trains α_ours at both ρ from the same initialisation, at s* and at the fixed scales of
/// <see cref="ExperimentClaim.FixedScales"/>. The larger ρ wins a replicate when its rise is larger; a replicate where the
/// rises are equal tests nothing. Per W a sign test on the wins among the tested replicates at error rate
/// <see cref="ExperimentClaim.ErrorRate"/> per side (<see cref="SignTest"/>); the claim's verdict is that of s*, and a
/// replicate whose calibration missed does not test s*. The evidence gives the other W's wins without a verdict: at
/// s = 1 α_ours is too large to train, and the sign test there came out Refuted at some run seeds and Inconclusive at
/// others (docs/claims.md).
/// </para>
/// </summary>
public sealed class RhoSmoothnessClaim : IClaim
{
    /// <summary>The claim's id.</summary>
    public const string ClaimId = "constant-step-smoother-at-smaller-rho";

    /// <summary>The larger ρ, Figure 16's largest.</summary>
    public const double LargerRho = 1e-6;

    /// <summary>The smaller ρ, Figure 16's smallest.</summary>
    public const double SmallerRho = 1e-9;

    /// <summary>The replicates at CI scale (docs/claims.md: set from an exploratory run before the sweep).</summary>
    public const int CiReplicates = 48;

    /// <summary>The verdict measured at CI scale.</summary>
    public const Verdict CiVerdict = Verdict.Inconclusive;

    /// <summary>The α_ours s* is calibrated to: the §5.2 network's, Figure 1's 0.045.</summary>
    public const double CalibrationTarget = SchedulersExperiment.PaperAlphaOurs;

    private readonly MiniMnist? _data;
    private readonly ExperimentScale? _scale;
    private readonly RhoFault _fault;

    /// <summary>Creates the claim over the digits (loaded from the committed file when null).</summary>
    /// <param name="data">The digits.</param>
    /// <param name="scale">The scale (null: by budget, as <see cref="ExperimentClaim.ScaleFor"/>).</param>
    /// <param name="fault">A planted fault, or none.</param>
    public RhoSmoothnessClaim(MiniMnist? data = null, ExperimentScale? scale = null, RhoFault fault = RhoFault.None)
    {
        _data = data;
        _scale = scale;
        _fault = fault;
        Definition = ExperimentClaim.DefinitionOf(
            ClaimId,
            new("arXiv 2309.08339", "§5.6 and Figure 16 (ρ ∈ {10⁻⁶, …, 10⁻⁹}, α_ours = 0.015 on LeNet)", "[SRC] statement and the range of ρ; the network (the §5.2 MLP, not LeNet), α_ours = 0.045 and the rise as the measure of overshoot [REC]"),
            string.Create(CultureInfo.InvariantCulture, $"With the constant α_ours = √(2L(w0)/(K̂T)), training is less smooth at a larger ρ: from the same start with the same α_ours, the training loss of Adam at ρ = {LargerRho:0e0} rises in total (Σ_t max(0, L(w_t) − L(w_(t−1)))) by more than at ρ = {SmallerRho:0e0}."),
            string.Create(CultureInfo.InvariantCulture, $"ReLU MLP 3×1000 (CI: 3×32), mini-MNIST, full batch, T = 100 epochs (CI: 30), torch.optim.Adam with β = (0.9, 0.999) and ρ ∈ {{{LargerRho:0e0}, {SmallerRho:0e0}}}; K̂ by Algorithm 2 with one W (s* calibrated to α_ours = {CalibrationTarget}, the §5.2 network's, at which the claim is judged; also s = 1, and at paper scale s = 1.5, 2, 3); the two arms share the initialisation, K̂ and α_ours."),
            CiVerdict,
            CiReplicates);
    }

    /// <summary>The experiment whose name <c>adamv experiment --judge</c> takes for this claim.</summary>
    public static string Experiment => new RhoExperiment().Name;

    /// <inheritdoc/>
    public ClaimDefinition Definition { get; }

    /// <inheritdoc/>
    public string Id => Definition.Id;

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Definition.ExpectedVerdict;

    /// <inheritdoc/>
    public IReadOnlyList<PlantedFault> PlantedFaults =>
        [.. new[] { RhoFault.DoubleStepAtLargerRho, RhoFault.LargerArmTotalVariation }.Select(f => new PlantedFault(Describe(f), f == RhoFault.LargerArmTotalVariation ? FaultTarget.Oracle : FaultTarget.Construction, () => new RhoSmoothnessClaim(_data, _scale, f)))];

    /// <summary>The expected verdict at a scale: the CI verdict, or Inconclusive at paper scale, where one replicate cannot decide.</summary>
    public static Verdict ExpectedAt(ExperimentScale scale) => scale == ExperimentScale.Paper ? Verdict.Inconclusive : CiVerdict;

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        ExperimentScale scale = _scale ?? ExperimentClaim.ScaleFor(settings.Budget);
        return Judge(Measure(scale, settings.Seed), scale, settings.Seed, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Runs the replicates at <paramref name="scale"/> (one at paper scale) from <paramref name="seed"/>.</summary>
    public IReadOnlyList<RhoReplicate> Measure(ExperimentScale scale, ulong seed)
    {
        var runner = new ExperimentRunner(_data ?? MiniMnist.From(MnistDigits.Load()));
        int count = scale == ExperimentScale.Paper ? 1 : CiReplicates;
        return [.. Enumerable.Range(1, count).Select(r => Replicate(runner, scale, ExperimentClaim.ReplicateSeed(seed, r, count)))];
    }

    private RhoReplicate Replicate(ExperimentRunner runner, ExperimentScale scale, ulong seed)
    {
        TrainingSettings settings = BaseSettings.For(scale) with { Seed = seed };
        SmoothnessEstimate found = runner.Calibrate(settings, CalibrationTarget);
        double factor = _fault == RhoFault.DoubleStepAtLargerRho ? 2 : 1;
        var outcomes = new List<RhoOutcome>();
        foreach ((string label, double s) in ExperimentClaim.Ws(scale, found.SamplingScale))
        {
            Arm high = BaseSettings.AlphaOurs(settings with { SamplingScale = s, Rho = LargerRho });
            ArmResult a = runner.RunArm(high with { Schedule = c => high.Schedule(c with { AlphaOurs = factor * c.AlphaOurs }) });
            ArmResult b = runner.RunArm(BaseSettings.AlphaOurs(settings with { SamplingScale = s, Rho = SmallerRho }));
            outcomes.Add(new RhoOutcome(label, b.Smoothness.AlphaOurs, RhoOutcome.RiseOf(a, settings.Epochs), RhoOutcome.RiseOf(b, settings.Epochs), a.Final.Loss, b.Final.Loss, RhoOutcome.VariationOf(a, settings.Epochs)));
        }

        return new RhoReplicate(found.SamplingScale, ScaleCalibration.Reached(found.AlphaOurs, CalibrationTarget), outcomes);
    }

    /// <summary>The verdict of every W over <paramref name="replicates"/>, fixed scales first and s* last, each with its wins among the tested replicates.</summary>
    public static IReadOnlyList<(string W, Verdict Verdict, int Wins, int Tested)> VerdictsByW(IReadOnlyList<RhoReplicate> replicates, RhoFault fault = RhoFault.None)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        ArgumentOutOfRangeException.ThrowIfZero(replicates.Count);
        return [.. replicates[0].Outcomes.Select(o => o.W).Select(w =>
        {
            RhoOutcome[] tested = [.. Judged(replicates, w).Where(o => o.Tested(fault))];
            int wins = tested.Count(o => o.Won(fault));
            return (w, SignTest.Decide(wins, tested.Length, ExperimentClaim.ErrorRate), wins, tested.Length);
        })];
    }

    /// <summary>The claim's verdict on measured replicates: the verdict at s*, with every W's in the evidence.</summary>
    public ClaimResult Judge(IReadOnlyList<RhoReplicate> replicates, ExperimentScale scale, ulong seed, double seconds)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        IReadOnlyList<(string W, Verdict Verdict, int Wins, int Tested)> byW = VerdictsByW(replicates, _fault);
        (string _, Verdict verdict, int wins, int tested) = byW.Single(v => v.W == ExperimentClaim.CalibratedW);
        RhoOutcome[] atStar = [.. Judged(replicates, ExperimentClaim.CalibratedW)];
        int uncalibrated = replicates.Count - atStar.Length;
        string perW = string.Join("; ", byW.Select(v =>
        {
            RhoOutcome[] all = [.. Judged(replicates, v.W)];
            if (all.Length == 0)
            {
                return $"{v.W}: {v.Verdict} (no replicate reached the target)";
            }

            string head = v.W == ExperimentClaim.CalibratedW ? $"{v.Verdict} ({v.Wins}/{v.Tested}; " : $"{v.Wins}/{v.Tested}, no verdict (";
            return string.Create(CultureInfo.InvariantCulture, $"{v.W}: {head}α_ours {all.Min(o => o.AlphaOurs):G2} to {all.Max(o => o.AlphaOurs):G2}; the larger ρ ended at the higher loss in {all.Count(o => o.LargerFinalLoss > o.SmallerFinalLoss)} of {all.Length})");
        }));
        string rises = atStar.Length == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"median {ExperimentClaim.UpperMedian(atStar.Select(o => o.LargerRise)):G3} at the larger ρ and {ExperimentClaim.UpperMedian(atStar.Select(o => o.SmallerRise)):G3} at the smaller");
        string sStar = ExperimentClaim.CalibratedRange(replicates.Select(r => (r.CalibratedScale, r.Calibrated)));
        string evidence = string.Create(CultureInfo.InvariantCulture,
            $"{scale} scale, {replicates.Count} replicate(s) from seed {seed}: a sign test at s* on the replicates whose two rises differ, Held and Refuted at {ExperimentClaim.ErrorRate:G2} each (decisive from {SignTest.MinimumRuns(ExperimentClaim.ErrorRate)} such replicates); the fixed W's are counted the same way and shown without a verdict. Judged at s*, calibrated to α_ours = {CalibrationTarget:G3} on the base settings (s* {sStar}{(uncalibrated > 0 ? $"; the target was missed in {uncalibrated} replicate(s), which do not test s*" : string.Empty)}): {verdict}, the larger ρ rose by more in {wins} of {tested}. Per W: {perW}. Rises of the loss at s*: {rises}{(_fault == RhoFault.None ? string.Empty : $"; fault: {Describe(_fault)}")}.");
        ClaimDefinition definition = Definition with { ExpectedVerdict = ExpectedAt(scale) };
        return ClaimResult.For(definition, verdict, replicates.Count, tested, seed, null, seconds, tested > 0 ? (double)wins / tested : null, evidence);
    }

    private static IEnumerable<RhoOutcome> Judged(IReadOnlyList<RhoReplicate> replicates, string w) =>
        replicates.Where(r => ExperimentClaim.Tests(w, r.Calibrated)).Select(r => r.Outcomes.Single(o => o.W == w));

    private static string Describe(RhoFault fault) => fault switch
    {
        RhoFault.DoubleStepAtLargerRho => "the larger-ρ arm runs at 2α_ours, not α_ours",
        RhoFault.LargerArmTotalVariation => "the judge reads the larger-ρ arm's total variation Σ|L(w_t) − L(w_(t−1))|, not its rise",
        _ => "none",
    };
}
