using System.Numerics;
using Adam.Verification.Empirical.Engine.Blas;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// Fully connected layer y = x·Wᵀ + b with W (out × in, row-major) followed by b in the parameter slice, as
/// <c>nn.Linear</c>. Backward: dW += dyᵀ·x, db += Σ_b dy, dx = dy·W. R-operator with direction (V, c):
/// R{y} = R{x}·Wᵀ + x·Vᵀ + c; R{dW} += R{dy}ᵀ·x + dyᵀ·R{x}; R{db} += Σ_b R{dy}; R{dx} = R{dy}·W + dy·V.
/// </summary>
public sealed class DenseLayer<T> : ILayer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates a dense layer in → out.</summary>
    public DenseLayer(int inputs, int outputs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputs, 1);
        InputSize = inputs;
        OutputSize = outputs;
    }

    /// <inheritdoc/>
    public int InputSize { get; }

    /// <inheritdoc/>
    public int OutputSize { get; }

    /// <inheritdoc/>
    public int ParameterCount => (OutputSize * InputSize) + OutputSize;

    private int WeightCount => OutputSize * InputSize;

    /// <inheritdoc/>
    public string Describe() => $"dense {InputSize}→{OutputSize}";

    /// <inheritdoc/>
    public void Initialize(Span<T> w, SeededRandom random, double scale) => KaimingUniform.Fill(w[..ParameterCount], InputSize, random, scale);

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, Span<T> y, int batch)
    {
        Gemm.Multiply(false, true, batch, OutputSize, InputSize, T.One, x, w, T.Zero, y);
        Rows.AddToEach(y, w.Slice(WeightCount, OutputSize), batch);
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch)
    {
        if (!dw.IsEmpty)
        {
            Gemm.Multiply(true, false, OutputSize, InputSize, batch, T.One, dy, x, T.One, dw);
            Rows.SumInto(dy, dw.Slice(WeightCount, OutputSize), batch);
        }

        if (!dx.IsEmpty)
        {
            Gemm.Multiply(false, false, batch, InputSize, OutputSize, T.One, dy, w, T.Zero, dx);
        }
    }

    /// <inheritdoc/>
    public void ForwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, Span<T> ry, int batch)
    {
        Gemm.Multiply(false, true, batch, OutputSize, InputSize, T.One, x, v, T.Zero, ry);
        if (!rx.IsEmpty)
        {
            Gemm.Multiply(false, true, batch, OutputSize, InputSize, T.One, rx, w, T.One, ry);
        }

        Rows.AddToEach(ry, v.Slice(WeightCount, OutputSize), batch);
    }

    /// <inheritdoc/>
    public void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch)
    {
        Gemm.Multiply(true, false, OutputSize, InputSize, batch, T.One, rdy, x, T.One, rdw);
        if (!rx.IsEmpty)
        {
            Gemm.Multiply(true, false, OutputSize, InputSize, batch, T.One, dy, rx, T.One, rdw);
        }

        Rows.SumInto(rdy, rdw.Slice(WeightCount, OutputSize), batch);
        if (!rdx.IsEmpty)
        {
            Gemm.Multiply(false, false, batch, InputSize, OutputSize, T.One, rdy, w, T.Zero, rdx);
            Gemm.Multiply(false, false, batch, InputSize, OutputSize, T.One, dy, v, T.One, rdx);
        }
    }
}
