namespace Adam.Verification.Empirical.Experiments;

/// <summary>One arm's curve, with the smoothness estimate and α_ours its settings gave.</summary>
public sealed record ArmResult(string Label, string Schedule, bool IsAlphaOurs, SmoothnessEstimate Smoothness, IReadOnlyList<EpochRecord> Epochs)
{
    /// <summary>The last record.</summary>
    public EpochRecord Final => Epochs[^1];

    /// <summary>‖∇L(w0)‖ / ‖∇L(w_T)‖.</summary>
    public double GradientReduction => Epochs[0].GradientNorm / Final.GradientNorm;
}
