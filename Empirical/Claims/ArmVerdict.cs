using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// The claim's verdict for one α_ours arm, that is, for one choice of Algorithm 2's W: whether the arm trained, its final
/// ‖∇L‖ over the best trained scheduler's (times the judge's margin), and the verdict that follows.
/// </summary>
/// <param name="Label">The arm.</param>
/// <param name="SamplingScale">W's scale s.</param>
/// <param name="AlphaOurs">α_ours.</param>
/// <param name="Trained">Whether the arm trained (<see cref="ConstantStepBeatsSchedulersClaim.Trained"/>).</param>
/// <param name="Ratio">‖∇L(w_T)‖·margin / min over trained schedulers (NaN when no scheduler trained).</param>
/// <param name="Verdict">Held when the arm trained and its ratio is below 1.</param>
public sealed record ArmVerdict(string Label, double SamplingScale, double AlphaOurs, bool Trained, double Ratio, Verdict Verdict);
