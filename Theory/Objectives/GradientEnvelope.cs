namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// An objective that passes every call to the one it wraps and keeps the envelope of the gradients it was asked for:
/// γ̂ = sup ‖∇L(w)‖₂ and γ̂∞ = sup max_i |∂_i L(w)| over every point whose gradient was computed (for a run, its
/// iterates). These are the suprema over the run that a proof needs when the global γ, γ∞ are unknown. Not thread-safe.
/// </summary>
public sealed class GradientEnvelope : IObjective
{
    private readonly IObjective _inner;

    /// <summary>Wraps <paramref name="inner"/> with an empty envelope.</summary>
    public GradientEnvelope(IObjective inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <summary>sup ‖∇L(w)‖₂ over the gradients computed so far (0 before the first).</summary>
    public double Gamma { get; private set; }

    /// <summary>sup max_i |∂_i L(w)| over the gradients computed so far (0 before the first).</summary>
    public double CoordinateGamma { get; private set; }

    /// <summary>The number of gradients computed.</summary>
    public long Gradients { get; private set; }

    /// <inheritdoc/>
    public string Name => _inner.Name;

    /// <inheritdoc/>
    public int Dimension => _inner.Dimension;

    /// <inheritdoc/>
    public ObjectiveFacts Facts => _inner.Facts;

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x) => _inner.Value(x);

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        _inner.Gradient(x, gradient);
        double squares = 0, largest = 0;
        foreach (double g in gradient)
        {
            squares += g * g;
            largest = Math.Max(largest, Math.Abs(g));
        }

        Gamma = Math.Max(Gamma, Math.Sqrt(squares));
        CoordinateGamma = Math.Max(CoordinateGamma, largest);
        Gradients++;
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result) => _inner.HessianVectorProduct(x, v, result);
}
