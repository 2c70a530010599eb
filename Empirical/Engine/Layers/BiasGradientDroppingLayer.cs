using System.Numerics;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// A planted fault (<see cref="Theory.Objectives.NetworkOracleFault.DroppedBiasGradient"/>): a dense layer whose backward
/// pass leaves its bias slice of dw untouched, so ∂L/∂b is reported as 0 while the forward pass still adds b. Everything
/// else (forward, dx, the R-operator) is the wrapped layer's.
/// </summary>
public sealed class BiasGradientDroppingLayer<T> : ILayer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly DenseLayer<T> _inner;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public BiasGradientDroppingLayer(DenseLayer<T> inner)
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
    public string Describe() => _inner.Describe() + " (fault: no bias gradient)";

    /// <inheritdoc/>
    public void Initialize(Span<T> w, SeededRandom random, double scale) => _inner.Initialize(w, random, scale);

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, Span<T> y, int batch) => _inner.Forward(w, x, y, batch);

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch)
    {
        if (dw.IsEmpty)
        {
            _inner.Backward(w, x, dy, dx, dw, batch);
            return;
        }

        Span<T> bias = dw.Slice(ParameterCount - OutputSize, OutputSize);
        T[] kept = bias.ToArray();
        _inner.Backward(w, x, dy, dx, dw, batch);
        kept.CopyTo(bias);
    }

    /// <inheritdoc/>
    public void ForwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, Span<T> ry, int batch) =>
        _inner.ForwardTangent(w, v, x, rx, ry, batch);

    /// <inheritdoc/>
    public void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch) =>
        _inner.BackwardTangent(w, v, x, rx, dy, rdy, rdx, rdw, batch);
}
