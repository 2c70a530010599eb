namespace Adam.Verification.Theory.Oracles;

/// <summary>
/// The linear online losses f_t(x) = g_tᵀx of a recorded gradient sequence g_1, …, g_T: feeding them to an
/// optimizer replays exactly that sequence whatever the iterates are (gradient replay). Steps past T repeat g_T.
/// </summary>
public sealed class GradientSequenceLosses : IOnlineLosses
{
    private readonly double[][] _gradients;

    /// <summary>Creates the sequence; every g_t must have the same length d ≥ 1.</summary>
    public GradientSequenceLosses(IReadOnlyList<double[]> gradients)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        if (gradients.Count == 0 || gradients.Any(g => g.Length != gradients[0].Length || g.Length == 0))
        {
            throw new ArgumentException("need T ≥ 1 gradients of one length d ≥ 1.", nameof(gradients));
        }

        _gradients = gradients.Select(g => (double[])g.Clone()).ToArray();
    }

    /// <summary>T.</summary>
    public int Length => _gradients.Length;

    /// <inheritdoc/>
    public int Dimension => _gradients[0].Length;

    /// <summary>g_t (1-based).</summary>
    public ReadOnlySpan<double> At(long t) => _gradients[Math.Min(t, Length) - 1];

    /// <inheritdoc/>
    public string Describe() => $"gradient replay of T = {Length} steps in d = {Dimension}";

    /// <inheritdoc/>
    public double Loss(long t, ReadOnlySpan<double> x)
    {
        ReadOnlySpan<double> g = At(t);
        double s = 0;
        for (int i = 0; i < g.Length; i++)
        {
            s += g[i] * x[i];
        }

        return s;
    }

    /// <inheritdoc/>
    public void Gradient(long t, ReadOnlySpan<double> x, Span<double> gradient) => At(t).CopyTo(gradient);
}
