using Adam.Verification.Theory.Objectives;

namespace Adam.Verification.Theory.Oracles;

/// <summary>g_t = ∇f(x_t): the deterministic setting of 2309.08339 Theorem 1.</summary>
public sealed class DeterministicOracle : IGradientOracle
{
    private readonly IObjective _objective;

    /// <summary>Wraps <paramref name="objective"/>.</summary>
    public DeterministicOracle(IObjective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        _objective = objective;
    }

    /// <inheritdoc/>
    public int Dimension => _objective.Dimension;

    /// <inheritdoc/>
    public bool IsExact => true;

    /// <inheritdoc/>
    public string Describe() => $"exact gradient of {_objective.Name}";

    /// <inheritdoc/>
    public void Gradient(long t, ReadOnlySpan<double> x, Span<double> gradient) => _objective.Gradient(x, gradient);

    /// <inheritdoc/>
    public void Reset()
    {
    }
}
