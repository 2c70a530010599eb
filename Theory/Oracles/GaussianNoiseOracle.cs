using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Oracles;

/// <summary>g_t = ∇f(x_t) + σ·ξ_t with ξ_t ~ N(0, I) i.i.d.: bounded variance E‖g − ∇f‖² = σ²d.</summary>
public sealed class GaussianNoiseOracle : IGradientOracle
{
    private readonly IObjective _objective;
    private readonly ulong _seed;
    private SeededRandom _random;

    /// <summary>Creates the oracle with noise level σ ≥ 0.</summary>
    public GaussianNoiseOracle(IObjective objective, double sigma, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(objective);
        Optimizers.OptionValidationException.RequireNonNegative("σ", sigma);
        _objective = objective;
        Sigma = sigma;
        _seed = seed;
        _random = new SeededRandom(seed);
    }

    /// <summary>σ.</summary>
    public double Sigma { get; }

    /// <inheritdoc/>
    public int Dimension => _objective.Dimension;

    /// <inheritdoc/>
    public bool IsExact => Sigma == 0;

    /// <inheritdoc/>
    public string Describe() => $"∇f + N(0, {Sigma:G4}²I) for {_objective.Name}";

    /// <inheritdoc/>
    public void Gradient(long t, ReadOnlySpan<double> x, Span<double> gradient)
    {
        _objective.Gradient(x, gradient);
        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] += Sigma * _random.Normal();
        }
    }

    /// <inheritdoc/>
    public void Reset() => _random = new SeededRandom(_seed);
}
