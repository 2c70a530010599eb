using System.Numerics;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// One layer of a feed-forward network over a batch stored sample-major (row b holds sample b). A layer is a map
/// y = φ(w, x) with its own slice w of the flat parameter vector. Besides the forward pass and the reverse-mode
/// backward pass it implements Pearlmutter's R-operator (1994), R{·} = ∂/∂r (·)(w + r·v) at r = 0, forward and
/// backward, so the network's Hessian-vector product ∇²L·v = R{∇L} is exact, not a difference of gradients.
/// Layers keep scratch buffers and are not thread-safe; they hold no state between calls.
/// </summary>
/// <typeparam name="T">float for training, double for checks.</typeparam>
public interface ILayer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>A description with the shape, e.g. "dense 784→1000".</summary>
    string Describe();

    /// <summary>Values per sample going in.</summary>
    int InputSize { get; }

    /// <summary>Values per sample coming out.</summary>
    int OutputSize { get; }

    /// <summary>The length of this layer's slice of the parameter vector.</summary>
    int ParameterCount { get; }

    /// <summary>PyTorch's default initialisation (Kaiming uniform with a = √5: U(±1/√fan_in) for weights and biases), times <paramref name="scale"/>.</summary>
    void Initialize(Span<T> w, SeededRandom random, double scale);

    /// <summary>y = φ(w, x).</summary>
    void Forward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, Span<T> y, int batch);

    /// <summary>dx = (∂φ/∂x)ᵀ·dy (skipped when <paramref name="dx"/> is empty) and dw += (∂φ/∂w)ᵀ·dy (skipped when <paramref name="dw"/> is empty).</summary>
    void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch);

    /// <summary>R{y} = (∂φ/∂x)·R{x} + (∂φ/∂w)·v; an empty <paramref name="rx"/> means R{x} = 0.</summary>
    void ForwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, Span<T> ry, int batch);

    /// <summary>
    /// The R-operator of the backward pass: R{dx} (skipped when <paramref name="rdx"/> is empty) and R{dw} added to
    /// <paramref name="rdw"/>, from dy, R{dy}, x and R{x} (empty = 0).
    /// </summary>
    void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch);
}
