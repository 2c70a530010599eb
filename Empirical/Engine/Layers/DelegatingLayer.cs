using System.Numerics;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// A layer that passes every call to the layer it wraps; a planted fault derives from it and overrides the one pass it
/// perturbs (<see cref="BiasGradientDroppingLayer{T}"/>, <see cref="CurvatureDroppingLayer{T}"/>).
/// </summary>
public abstract class DelegatingLayer<T> : ILayer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Wraps <paramref name="inner"/>.</summary>
    protected DelegatingLayer(ILayer<T> inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
    }

    /// <summary>The wrapped layer.</summary>
    protected ILayer<T> Inner { get; }

    /// <inheritdoc/>
    public int InputSize => Inner.InputSize;

    /// <inheritdoc/>
    public int OutputSize => Inner.OutputSize;

    /// <inheritdoc/>
    public int ParameterCount => Inner.ParameterCount;

    /// <inheritdoc/>
    public virtual string Describe() => Inner.Describe();

    /// <inheritdoc/>
    public void Initialize(Span<T> w, SeededRandom random, double scale) => Inner.Initialize(w, random, scale);

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, Span<T> y, int batch) => Inner.Forward(w, x, y, batch);

    /// <inheritdoc/>
    public virtual void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch) =>
        Inner.Backward(w, x, dy, dx, dw, batch);

    /// <inheritdoc/>
    public void ForwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, Span<T> ry, int batch) =>
        Inner.ForwardTangent(w, v, x, rx, ry, batch);

    /// <inheritdoc/>
    public virtual void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch) =>
        Inner.BackwardTangent(w, v, x, rx, dy, rdy, rdx, rdw, batch);
}
