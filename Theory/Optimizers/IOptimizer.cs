namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// A first-order method with its own state, stepping a flat parameter vector in place. The step size α_t
/// is supplied by the caller (from a schedule), so the same instance runs under any schedule.
/// </summary>
public interface IOptimizer
{
    /// <summary>A short name for reports.</summary>
    string Name { get; }

    /// <summary>The number of coordinates d.</summary>
    int Dimension { get; }

    /// <summary>The number of steps taken so far.</summary>
    long StepCount { get; }

    /// <summary>Performs step t = StepCount + 1: x ← x − α_t·(method's direction from g).</summary>
    /// <exception cref="NonFiniteGradientException">g has a NaN or ±∞ coordinate; nothing was written.</exception>
    void Step(Span<double> x, ReadOnlySpan<double> g, double alphaT);

    /// <summary>Returns to the initial state (t = 0, zero moments).</summary>
    void Reset();

    /// <summary>
    /// max_i |u_t,i|, the largest per-coordinate step multiplier of the last step (|Δx_i| = α_t·|u_t,i| without
    /// decay and projection); for Adam the sign-like magnitude |m_t|/(√v_t+ε) of arXiv 2507.05966.
    /// </summary>
    double MaxStepMultiplier();
}
