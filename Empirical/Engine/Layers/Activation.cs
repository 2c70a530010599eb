namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>The elementwise nonlinearities of the engine's MLPs.</summary>
public enum Activation
{
    /// <summary>max(x, 0): piecewise linear, not differentiable at 0 (<see cref="ReluLayer{T}"/>).</summary>
    Relu,

    /// <summary>tanh x: smooth, bounded, |σ'| ≤ 1, |σ''| ≤ 4/(3√3).</summary>
    Tanh,

    /// <summary>log(1 + eˣ): smooth, σ' = logistic(x) ∈ (0, 1), σ'' ≤ 1/4.</summary>
    Softplus,

    /// <summary>x·Φ(x) with the exact normal CDF Φ (PyTorch's default GELU): smooth, σ'' = φ(x)(2 − x²).</summary>
    Gelu,
}
