using System.Numerics;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// A planted fault (<see cref="Theory.Objectives.NetworkOracleFault.DroppedBiasGradient"/>): a dense layer whose backward
/// pass leaves its bias slice of dw untouched, so ∂L/∂b is reported as 0 while the forward pass still adds b. Everything
/// else (forward, dx, the R-operator) is the wrapped layer's.
/// </summary>
public sealed class BiasGradientDroppingLayer<T>(DenseLayer<T> inner) : DelegatingLayer<T>(inner)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override string Describe() => Inner.Describe() + " (fault: no bias gradient)";

    /// <inheritdoc/>
    public override void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch)
    {
        if (dw.IsEmpty)
        {
            Inner.Backward(w, x, dy, dx, dw, batch);
            return;
        }

        Span<T> bias = dw.Slice(ParameterCount - OutputSize, OutputSize);
        T[] kept = bias.ToArray();
        Inner.Backward(w, x, dy, dx, dw, batch);
        kept.CopyTo(bias);
    }
}
