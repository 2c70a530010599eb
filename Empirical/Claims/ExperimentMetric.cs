using Adam.Verification.Empirical.Experiments;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// What an <see cref="ExperimentClaim"/> compares at the end of training: the full-batch gradient norm ‖∇L(w_T)‖ (the
/// paper's measure of convergence, its footnote 1) or the full-batch training loss L(w_T) (its loss curves). Smaller wins.
/// </summary>
/// <param name="Name">The measure in words, e.g. "final ‖∇L‖".</param>
/// <param name="Symbol">Its symbol in evidence, e.g. "‖∇L‖".</param>
/// <param name="Of">Its value at an epoch.</param>
public sealed record ExperimentMetric(string Name, string Symbol, Func<EpochRecord, double> Of)
{
    /// <summary>‖∇L(w_T)‖₂ on the full training set.</summary>
    public static ExperimentMetric GradientNorm { get; } = new("final ‖∇L‖", "‖∇L‖", e => e.GradientNorm);

    /// <summary>L(w_T), the training loss on the full training set.</summary>
    public static ExperimentMetric Loss { get; } = new("final training loss L", "L", e => e.Loss);
}
