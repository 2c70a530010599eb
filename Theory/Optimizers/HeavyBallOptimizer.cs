namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// Polyak's heavy-ball momentum in the form of torch.optim.SGD(momentum = μ): b_t = μ·b_{t−1} + g_t (b_1 = g_1),
/// x_t = x_{t−1} − α_t·b_t. Valid range: μ ∈ [0, 1).
/// </summary>
public sealed class HeavyBallOptimizer : IOptimizer
{
    private readonly double[] _buffer;

    /// <summary>Creates heavy-ball momentum with coefficient <paramref name="momentum"/> in d coordinates.</summary>
    public HeavyBallOptimizer(int dimension, double momentum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        OptionValidationException.RequireUnitInterval("momentum μ", momentum);
        Momentum = momentum;
        _buffer = new double[dimension];
    }

    /// <summary>The momentum coefficient μ.</summary>
    public double Momentum { get; }

    /// <inheritdoc/>
    public string Name => "heavy-ball";

    /// <inheritdoc/>
    public int Dimension => _buffer.Length;

    /// <inheritdoc/>
    public long StepCount { get; private set; }

    /// <summary>The momentum buffer b_t.</summary>
    public ReadOnlySpan<double> Buffer => _buffer;

    /// <inheritdoc/>
    public void Step(Span<double> x, ReadOnlySpan<double> g, double alphaT)
    {
        AdamUpdate.CheckDimensions(Dimension, x.Length, g.Length);
        OptionValidationException.RequireNonNegative("α_t", alphaT);
        NonFiniteGradientException.ThrowIfAnyNonFinite(g, StepCount + 1);
        bool first = StepCount == 0;
        for (int i = 0; i < x.Length; i++)
        {
            _buffer[i] = first ? g[i] : (Momentum * _buffer[i]) + g[i];
            x[i] -= alphaT * _buffer[i];
        }

        StepCount++;
    }

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_buffer);
        StepCount = 0;
    }

    /// <inheritdoc/>
    public double MaxStepMultiplier()
    {
        double max = 0;
        foreach (double b in _buffer)
        {
            max = Math.Max(max, Math.Abs(b));
        }

        return max;
    }
}
