namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// A twice-differentiable objective f: ℝ^d → ℝ over a flat parameter vector. Test functions and network
/// losses implement the same interface, so the runner, the Lipschitz estimator and the claims apply to both.
/// </summary>
public interface IObjective
{
    /// <summary>A short name with the family and its parameters.</summary>
    string Name { get; }

    /// <summary>The dimension d.</summary>
    int Dimension { get; }

    /// <summary>What is known about f by construction (K, L*, γ, γ∞, a minimiser).</summary>
    ObjectiveFacts Facts { get; }

    /// <summary>f(x).</summary>
    double Value(ReadOnlySpan<double> x);

    /// <summary>Writes ∇f(x) into <paramref name="gradient"/> (length d).</summary>
    void Gradient(ReadOnlySpan<double> x, Span<double> gradient);

    /// <summary>Writes ∇²f(x)·v into <paramref name="result"/> (length d).</summary>
    void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result);
}
