namespace Adam.Verification.Theory.Oracles;

/// <summary>g_t = ∇f_t(x_t) for an online loss sequence.</summary>
public sealed class OnlineOracle : IGradientOracle
{
    private readonly IOnlineLosses _losses;

    /// <summary>Wraps <paramref name="losses"/>.</summary>
    public OnlineOracle(IOnlineLosses losses)
    {
        ArgumentNullException.ThrowIfNull(losses);
        _losses = losses;
    }

    /// <inheritdoc/>
    public int Dimension => _losses.Dimension;

    /// <inheritdoc/>
    public bool IsExact => false;

    /// <inheritdoc/>
    public string Describe() => _losses.Describe();

    /// <inheritdoc/>
    public void Gradient(long t, ReadOnlySpan<double> x, Span<double> gradient) => _losses.Gradient(t, x, gradient);

    /// <inheritdoc/>
    public void Reset()
    {
    }
}
