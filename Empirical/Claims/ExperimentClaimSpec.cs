using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// One §5 experiment of arXiv 2309.08339 stated as a claim: α_ours beats its rivals at every configuration the paper
/// shows, ending with a smaller ‖∇L‖ (or, for the claims about loss curves, a smaller training loss). <see cref="ExperimentClaim"/> runs and judges it; <see cref="ExperimentClaims"/> lists the specs.
/// </summary>
/// <param name="Id">The claim's id.</param>
/// <param name="Citation">Where the paper states it.</param>
/// <param name="Statement">The statement, as the paper makes it.</param>
/// <param name="Hypotheses">The settings it is checked under.</param>
/// <param name="Experiment">The <c>adamv experiment</c> whose name <c>--judge</c> takes: it draws the figure's curves, or
/// related ones (<c>batch</c> draws α_ours at several batch sizes, not against the schedulers).</param>
/// <param name="CalibrationTarget">The α_ours the paper prints for the experiment's figures, to which the calibrated W s*
/// is fitted on the base settings (<see cref="ScaleCalibration"/>).</param>
/// <param name="Comparisons">The configurations at a scale, given a factor on every rival's step size (1 as the paper
/// has it; the planted fault <see cref="ExperimentClaimFault.FaintSchedulers"/> makes it 0.01).</param>
/// <param name="CiReplicates">The replicates at CI scale: enough that every configuration the verdict rests on has the
/// tested replicates a decisive sign test needs, at the rates of untested replicates measured (docs/claims.md).</param>
/// <param name="CiVerdict">The verdict measured at CI scale (docs/claims.md).</param>
/// <param name="Faults">The planted faults that flip that verdict.</param>
/// <param name="CalibratedArm">The label of the experiment's own arm whose W is calibrated to
/// <see cref="CalibrationTarget"/>, when it has one: then a run of the experiment computed elsewhere (a trace of
/// <c>tools/torch_runner.py</c>) can be judged as a replicate (<see cref="ExperimentClaim.FromResult"/>); null when the
/// experiment draws other curves than the claim compares.</param>
public sealed record ExperimentClaimSpec(
    string Id,
    Citation Citation,
    string Statement,
    string Hypotheses,
    string Experiment,
    double CalibrationTarget,
    Func<ExperimentScale, double, IReadOnlyList<ExperimentComparison>> Comparisons,
    int CiReplicates,
    Verdict CiVerdict,
    IReadOnlyList<ExperimentClaimFault> Faults,
    string? CalibratedArm = null)
{
    /// <summary>What is compared at the end of training: ‖∇L‖ unless the spec says otherwise.</summary>
    public ExperimentMetric Metric { get; init; } = ExperimentMetric.GradientNorm;

    /// <summary>
    /// The settings s* is calibrated on at a scale: the base settings (<see cref="BaseSettings.For"/>, the §5.2 MLP) unless
    /// the paper prints α_ours for another network (LeNet's Figure 6).
    /// </summary>
    public Func<ExperimentScale, TrainingSettings> CalibrationSettings { get; init; } = BaseSettings.For;
}
