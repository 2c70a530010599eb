namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// RMSProp (Tieleman &amp; Hinton 2012), written independently of <see cref="AdamUpdate"/> so the alias
/// "Adam with β1 = 0 is RMSProp" can be checked rather than assumed:
/// r_t = ρ·r_{t−1} + (1−ρ)·g_t², x_t = x_{t−1} − α_t·g_t/(√(r_t/c) + ε) with c = 1−ρ^t when bias-corrected, else 1.
/// Valid range: ρ ∈ (0, 1), ε ≥ 0.
/// </summary>
public sealed class RmsPropOptimizer : IOptimizer
{
    private readonly double[] _r;
    private double _lastMax;

    /// <summary>Creates RMSProp in d coordinates.</summary>
    public RmsPropOptimizer(int dimension, double rho, double epsilon, bool biasCorrected)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        OptionValidationException.RequireUnitInterval("ρ", rho);
        OptionValidationException.RequireNonNegative("ε", epsilon);
        _r = new double[dimension];
        Rho = rho;
        Epsilon = epsilon;
        BiasCorrected = biasCorrected;
    }

    /// <summary>The decay ρ of the mean square.</summary>
    public double Rho { get; }

    /// <summary>ε added outside the root.</summary>
    public double Epsilon { get; }

    /// <summary>Whether r_t is divided by 1−ρ^t.</summary>
    public bool BiasCorrected { get; }

    /// <inheritdoc/>
    public string Name => BiasCorrected ? "rmsprop-bias-corrected" : "rmsprop";

    /// <inheritdoc/>
    public int Dimension => _r.Length;

    /// <inheritdoc/>
    public long StepCount { get; private set; }

    /// <inheritdoc/>
    public void Step(Span<double> x, ReadOnlySpan<double> g, double alphaT)
    {
        AdamUpdate.CheckDimensions(Dimension, x.Length, g.Length);
        OptionValidationException.RequireNonNegative("α_t", alphaT);
        long t = StepCount + 1;
        NonFiniteGradientException.ThrowIfAnyNonFinite(g, t);
        double c = BiasCorrected ? 1 - Math.Pow(Rho, t) : 1;
        double max = 0;
        for (int i = 0; i < x.Length; i++)
        {
            _r[i] = (Rho * _r[i]) + ((1 - Rho) * (g[i] * g[i]));
            double denom = Math.Sqrt(_r[i] / c) + Epsilon;
            double u = g[i] == 0 && denom == 0 ? 0 : g[i] / denom;
            x[i] -= alphaT * u;
            max = Math.Max(max, Math.Abs(u));
        }

        _lastMax = max;
        StepCount = t;
    }

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_r);
        StepCount = 0;
        _lastMax = 0;
    }

    /// <inheritdoc/>
    public double MaxStepMultiplier() => _lastMax;
}
