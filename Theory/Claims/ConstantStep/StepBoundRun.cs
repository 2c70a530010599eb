namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// What <see cref="StepBoundedGradient.Measure"/> found along one run: the largest ratio of |∂_i L(w_t)| to its bound
/// (where, and the run's last step and gradient, both as max norms).
/// </summary>
/// <param name="WorstRatio">max over t and i of |∂_i L(w_t)|/bound_{t,i} (≤ 1 when the statement holds: the bound is already widened by 1e-9 relative).</param>
/// <param name="WorstStep">The t of the largest ratio.</param>
/// <param name="WorstCoordinate">The i of the largest ratio.</param>
/// <param name="LastStep">‖w_T − w_(T−1)‖∞.</param>
/// <param name="LastGradient">‖∇L(w_(T−1))‖∞.</param>
/// <param name="LargestGradient">max over t &lt; T of ‖∇L(w_t)‖∞.</param>
/// <param name="Finite">False when the run reached a non-finite gradient or iterate (it stops there).</param>
public sealed record StepBoundRun(double WorstRatio, long WorstStep, int WorstCoordinate, double LastStep, double LastGradient, double LargestGradient, bool Finite);
