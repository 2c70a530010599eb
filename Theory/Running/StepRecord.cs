namespace Adam.Verification.Theory.Running;

/// <summary>
/// What was recorded at step t: the iterate x_t at which g_t was taken, f(x_t), ‖∇f(x_t)‖, the step size α_t
/// and the sign-like magnitude after the step. Fields not requested are null.
/// </summary>
public sealed record StepRecord(long T, double Alpha, double? Loss, double? GradientNorm, double? SignRatio, double[]? Iterate);
