using System.Numerics;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// A planted fault (<see cref="Theory.Objectives.NetworkOracleFault.HvpWithoutCurvatureTerm"/>): a smooth activation
/// whose backward R-operator leaves out σ''(x)·R{x}·dy, so R{dx} = σ'(x)·R{dy} and the network's Hessian-vector product
/// misses the activations' second-order term. The forward and backward passes (the loss and its gradient) are exact.
/// </summary>
public sealed class CurvatureDroppingLayer<T> : ILayer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly SmoothActivationLayer<T> _inner;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public CurvatureDroppingLayer(SmoothActivationLayer<T> inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc/>
    public int InputSize => _inner.InputSize;

    /// <inheritdoc/>
    public int OutputSize => _inner.OutputSize;

    /// <inheritdoc/>
    public int ParameterCount => _inner.ParameterCount;

    /// <inheritdoc/>
    public string Describe() => _inner.Describe() + " (fault: no curvature term in the HVP)";

    /// <inheritdoc/>
    public void Initialize(Span<T> w, SeededRandom random, double scale) => _inner.Initialize(w, random, scale);

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, Span<T> y, int batch) => _inner.Forward(w, x, y, batch);

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch) =>
        _inner.Backward(w, x, dy, dx, dw, batch);

    /// <inheritdoc/>
    public void ForwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, Span<T> ry, int batch) =>
        _inner.ForwardTangent(w, v, x, rx, ry, batch);

    /// <inheritdoc/>
    public void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch) =>
        _inner.BackwardTangent(w, v, x, [], dy, rdy, rdx, rdw, batch);
}
