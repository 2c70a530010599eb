namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// The state after <paramref name="Epoch"/> epochs (0 = at w0): full-batch training loss L(w), ‖∇L(w)‖₂, test
/// accuracy, and the last step size used.
/// </summary>
public sealed record EpochRecord(int Epoch, double Loss, double GradientNorm, double TestAccuracy, double Alpha);
