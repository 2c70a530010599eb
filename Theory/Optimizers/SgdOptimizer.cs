namespace Adam.Verification.Theory.Optimizers;

/// <summary>Plain gradient descent x_t = x_{t−1} − α_t·g_t, the contrast to every adaptive method.</summary>
public sealed class SgdOptimizer : IOptimizer
{
    private double _lastMax;

    /// <summary>Creates SGD in d = <paramref name="dimension"/> coordinates.</summary>
    public SgdOptimizer(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        Dimension = dimension;
    }

    /// <inheritdoc/>
    public string Name => "sgd";

    /// <inheritdoc/>
    public int Dimension { get; }

    /// <inheritdoc/>
    public long StepCount { get; private set; }

    /// <inheritdoc/>
    public void Step(Span<double> x, ReadOnlySpan<double> g, double alphaT)
    {
        AdamUpdate.CheckDimensions(Dimension, x.Length, g.Length);
        OptionValidationException.RequireNonNegative("α_t", alphaT);
        NonFiniteGradientException.ThrowIfAnyNonFinite(g, StepCount + 1);
        double max = 0;
        for (int i = 0; i < x.Length; i++)
        {
            x[i] -= alphaT * g[i];
            max = Math.Max(max, Math.Abs(g[i]));
        }

        _lastMax = max;
        StepCount++;
    }

    /// <inheritdoc/>
    public void Reset()
    {
        StepCount = 0;
        _lastMax = 0;
    }

    /// <inheritdoc/>
    public double MaxStepMultiplier() => _lastMax;
}
