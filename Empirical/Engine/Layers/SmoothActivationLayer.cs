using System.Numerics;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// y = σ(x) elementwise for a twice-differentiable σ (<see cref="Activation.Tanh"/>, <see cref="Activation.Softplus"/>,
/// <see cref="Activation.Gelu"/>), so that a network built from dense layers and these is C² in its parameters and its
/// Hessian exists everywhere. Backward: dx = σ'(x)·dy. R-operator: R{y} = σ'(x)·R{x};
/// R{dx} = σ''(x)·R{x}·dy + σ'(x)·R{dy}. Derivatives (evaluated in double, then rounded to T):
/// tanh: σ' = 1 − σ², σ'' = −2σ(1 − σ²); softplus: σ' = s = 1/(1 + e^−x), σ'' = s(1 − s);
/// GELU: σ' = Φ(x) + x·φ(x), σ'' = φ(x)(2 − x²), Φ(x) = (1 + erf(x/√2))/2, φ(x) = e^{−x²/2}/√(2π).
/// </summary>
public sealed class SmoothActivationLayer<T> : ILayer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates σ over <paramref name="size"/> values per sample.</summary>
    /// <exception cref="ArgumentException"><paramref name="activation"/> is <see cref="Activation.Relu"/> (not smooth; use <see cref="ReluLayer{T}"/>).</exception>
    public SmoothActivationLayer(Activation activation, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (activation is not (Activation.Tanh or Activation.Softplus or Activation.Gelu))
        {
            throw new ArgumentException($"a smooth activation is tanh, softplus or gelu; got {activation}.", nameof(activation));
        }

        Activation = activation;
        InputSize = size;
    }

    /// <summary>σ.</summary>
    public Activation Activation { get; }

    /// <inheritdoc/>
    public int InputSize { get; }

    /// <inheritdoc/>
    public int OutputSize => InputSize;

    /// <inheritdoc/>
    public int ParameterCount => 0;

    /// <inheritdoc/>
    public string Describe() => Activation.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public void Initialize(Span<T> w, SeededRandom random, double scale)
    {
    }

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, Span<T> y, int batch)
    {
        int n = batch * InputSize;
        for (int i = 0; i < n; i++)
        {
            y[i] = T.CreateTruncating(ActivationCurves.Evaluate(Activation, double.CreateTruncating(x[i])).Value);
        }
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch)
    {
        if (dx.IsEmpty)
        {
            return;
        }

        int n = batch * InputSize;
        for (int i = 0; i < n; i++)
        {
            dx[i] = T.CreateTruncating(ActivationCurves.Evaluate(Activation, double.CreateTruncating(x[i])).First) * dy[i];
        }
    }

    /// <inheritdoc/>
    public void ForwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, Span<T> ry, int batch)
    {
        int n = batch * InputSize;
        if (rx.IsEmpty)
        {
            ry[..n].Clear();
            return;
        }

        for (int i = 0; i < n; i++)
        {
            ry[i] = T.CreateTruncating(ActivationCurves.Evaluate(Activation, double.CreateTruncating(x[i])).First) * rx[i];
        }
    }

    /// <inheritdoc/>
    public void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch)
    {
        if (rdx.IsEmpty)
        {
            return;
        }

        int n = batch * InputSize;
        for (int i = 0; i < n; i++)
        {
            (_, double first, double second) = ActivationCurves.Evaluate(Activation, double.CreateTruncating(x[i]));
            T curvature = rx.IsEmpty ? T.Zero : T.CreateTruncating(second) * rx[i] * dy[i];
            rdx[i] = curvature + (T.CreateTruncating(first) * rdy[i]);
        }
    }
}
