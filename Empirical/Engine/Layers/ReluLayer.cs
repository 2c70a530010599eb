using System.Numerics;
using System.Runtime.InteropServices;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// y = max(x, 0) elementwise. With the mask 1[x &gt; 0] (derivative 0 at x = 0, as PyTorch): dx = dy·1[x&gt;0],
/// R{y} = R{x}·1[x&gt;0], R{dx} = R{dy}·1[x&gt;0]. The Hessian of a ReLU network is that of the active linear pieces.
/// </summary>
public sealed class ReluLayer<T> : ILayer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates a ReLU over <paramref name="size"/> values per sample.</summary>
    public ReluLayer(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        InputSize = size;
    }

    /// <inheritdoc/>
    public int InputSize { get; }

    /// <inheritdoc/>
    public int OutputSize => InputSize;

    /// <inheritdoc/>
    public int ParameterCount => 0;

    /// <inheritdoc/>
    public string Describe() => "relu";

    /// <inheritdoc/>
    public void Initialize(Span<T> w, SeededRandom random, double scale)
    {
    }

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, Span<T> y, int batch)
    {
        int n = batch * InputSize;
        int vectors = n / Vector<T>.Count;
        ReadOnlySpan<Vector<T>> xv = MemoryMarshal.Cast<T, Vector<T>>(x[..n]);
        Span<Vector<T>> yv = MemoryMarshal.Cast<T, Vector<T>>(y[..n]);
        for (int i = 0; i < vectors; i++)
        {
            yv[i] = Vector.Max(xv[i], Vector<T>.Zero);
        }

        for (int i = vectors * Vector<T>.Count; i < n; i++)
        {
            y[i] = x[i] > T.Zero ? x[i] : T.Zero;
        }
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch) => Mask(x, dy, dx, batch);

    /// <inheritdoc/>
    public void ForwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, Span<T> ry, int batch)
    {
        if (rx.IsEmpty)
        {
            ry[..(batch * InputSize)].Clear();
            return;
        }

        Mask(x, rx, ry, batch);
    }

    /// <inheritdoc/>
    public void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch) =>
        Mask(x, rdy, rdx, batch);

    private void Mask(ReadOnlySpan<T> x, ReadOnlySpan<T> source, Span<T> target, int batch)
    {
        if (target.IsEmpty)
        {
            return;
        }

        int n = batch * InputSize;
        int vectors = n / Vector<T>.Count;
        ReadOnlySpan<Vector<T>> xv = MemoryMarshal.Cast<T, Vector<T>>(x[..n]);
        ReadOnlySpan<Vector<T>> sv = MemoryMarshal.Cast<T, Vector<T>>(source[..n]);
        Span<Vector<T>> tv = MemoryMarshal.Cast<T, Vector<T>>(target[..n]);
        for (int i = 0; i < vectors; i++)
        {
            tv[i] = Vector.ConditionalSelect(Vector.GreaterThan(xv[i], Vector<T>.Zero), sv[i], Vector<T>.Zero);
        }

        for (int i = vectors * Vector<T>.Count; i < n; i++)
        {
            target[i] = x[i] > T.Zero ? source[i] : T.Zero;
        }
    }
}
