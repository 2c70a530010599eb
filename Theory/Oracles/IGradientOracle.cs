namespace Adam.Verification.Theory.Oracles;

/// <summary>
/// The source of the gradient g_t that step t feeds to the optimizer: exact, sampled from a finite sum,
/// or from an online loss sequence. Stochastic oracles own a seeded generator, so a run replays exactly.
/// </summary>
public interface IGradientOracle
{
    /// <summary>The dimension d.</summary>
    int Dimension { get; }

    /// <summary>True when g_t = ∇f(x_t) exactly (the runner then reuses g_t for ‖∇f‖).</summary>
    bool IsExact { get; }

    /// <summary>A short description.</summary>
    string Describe();

    /// <summary>Writes g_t at x_t into <paramref name="gradient"/> for step t ≥ 1.</summary>
    void Gradient(long t, ReadOnlySpan<double> x, Span<double> gradient);

    /// <summary>Restarts the oracle's randomness and position from its seed.</summary>
    void Reset();
}
