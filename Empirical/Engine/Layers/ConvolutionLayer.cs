using System.Numerics;
using Adam.Verification.Empirical.Engine.Blas;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// 2-D convolution (cross-correlation, as <c>nn.Conv2d</c>) with C_in → C_out channels, a k×k kernel, stride 1 and
/// zero padding p: y[b, o, i, j] = c_o + Σ_{c,u,v} W[o, c, u, v]·x[b, c, i+u−p, j+v−p]. Computed as one product per
/// batch over the column matrix P (rows (c, u, v), columns (b, i, j), "im2col" as in Caffe): Y = W·P. It is then a
/// dense layer in P, so backward (dW += dY·Pᵀ, dP = Wᵀ·dY, then col2im for dx) and the R-operator are the dense ones.
/// </summary>
public sealed class ConvolutionLayer<T> : ILayer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private T[] _patches = [];
    private T[] _tangentPatches = [];
    private T[] _rows = [];
    private T[] _tangentRows = [];
    private T[] _patchGradient = [];

    /// <summary>Creates the convolution for inputs of shape C_in × H × W.</summary>
    public ConvolutionLayer(int inputChannels, int height, int width, int outputChannels, int kernel, int padding = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputChannels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputChannels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(kernel, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(padding);
        if (height + (2 * padding) < kernel || width + (2 * padding) < kernel)
        {
            throw new ArgumentException($"a {kernel}×{kernel} kernel does not fit a {height}×{width} input with padding {padding}.");
        }

        InputChannels = inputChannels;
        Height = height;
        Width = width;
        OutputChannels = outputChannels;
        Kernel = kernel;
        Padding = padding;
    }

    /// <summary>C_in.</summary>
    public int InputChannels { get; }

    /// <summary>Input height H.</summary>
    public int Height { get; }

    /// <summary>Input width W.</summary>
    public int Width { get; }

    /// <summary>C_out.</summary>
    public int OutputChannels { get; }

    /// <summary>Kernel size k.</summary>
    public int Kernel { get; }

    /// <summary>Zero padding p.</summary>
    public int Padding { get; }

    /// <summary>H + 2p − k + 1.</summary>
    public int OutputHeight => Height + (2 * Padding) - Kernel + 1;

    /// <summary>W + 2p − k + 1.</summary>
    public int OutputWidth => Width + (2 * Padding) - Kernel + 1;

    /// <inheritdoc/>
    public int InputSize => InputChannels * Height * Width;

    /// <inheritdoc/>
    public int OutputSize => OutputChannels * Positions;

    /// <inheritdoc/>
    public int ParameterCount => (OutputChannels * PatchSize) + OutputChannels;

    private int Positions => OutputHeight * OutputWidth;

    private int PatchSize => InputChannels * Kernel * Kernel;

    private int WeightCount => OutputChannels * PatchSize;

    /// <inheritdoc/>
    public string Describe() => $"conv {InputChannels}→{OutputChannels} {Kernel}×{Kernel} pad {Padding} on {Height}×{Width}";

    /// <inheritdoc/>
    public void Initialize(Span<T> w, SeededRandom random, double scale) => KaimingUniform.Fill(w[..ParameterCount], PatchSize, random, scale);

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, Span<T> y, int batch)
    {
        int columns = batch * Positions;
        T[] patches = Im2Col(x, batch, ref _patches);
        T[] product = Ensure(ref _rows, OutputChannels * columns);
        Gemm.Multiply(false, false, OutputChannels, columns, PatchSize, T.One, w, patches, T.Zero, product);
        ToSampleMajor(product, w.Slice(WeightCount, OutputChannels), y, batch);
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch)
    {
        int columns = batch * Positions;
        T[] dRows = FromSampleMajor(dy, batch, ref _rows, dw.IsEmpty ? [] : dw.Slice(WeightCount, OutputChannels));
        if (!dw.IsEmpty)
        {
            T[] patches = Im2Col(x, batch, ref _patches);
            Gemm.Multiply(false, true, OutputChannels, PatchSize, columns, T.One, dRows, patches, T.One, dw);
        }

        if (!dx.IsEmpty)
        {
            T[] dPatches = Ensure(ref _patchGradient, PatchSize * columns);
            Gemm.Multiply(true, false, PatchSize, columns, OutputChannels, T.One, w, dRows, T.Zero, dPatches);
            Col2Im(dPatches, dx, batch);
        }
    }

    /// <inheritdoc/>
    public void ForwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, Span<T> ry, int batch)
    {
        int columns = batch * Positions;
        T[] patches = Im2Col(x, batch, ref _patches);
        T[] product = Ensure(ref _rows, OutputChannels * columns);
        Gemm.Multiply(false, false, OutputChannels, columns, PatchSize, T.One, v, patches, T.Zero, product);
        if (!rx.IsEmpty)
        {
            T[] tangentPatches = Im2Col(rx, batch, ref _tangentPatches);
            Gemm.Multiply(false, false, OutputChannels, columns, PatchSize, T.One, w, tangentPatches, T.One, product);
        }

        ToSampleMajor(product, v.Slice(WeightCount, OutputChannels), ry, batch);
    }

    /// <inheritdoc/>
    public void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch)
    {
        int columns = batch * Positions;
        T[] patches = Im2Col(x, batch, ref _patches);
        T[] dRows = FromSampleMajor(dy, batch, ref _rows, []);
        T[] rdRows = FromSampleMajor(rdy, batch, ref _tangentRows, rdw.Slice(WeightCount, OutputChannels));
        Gemm.Multiply(false, true, OutputChannels, PatchSize, columns, T.One, rdRows, patches, T.One, rdw);
        if (!rx.IsEmpty)
        {
            T[] tangentPatches = Im2Col(rx, batch, ref _tangentPatches);
            Gemm.Multiply(false, true, OutputChannels, PatchSize, columns, T.One, dRows, tangentPatches, T.One, rdw);
        }

        if (!rdx.IsEmpty)
        {
            T[] dPatches = Ensure(ref _patchGradient, PatchSize * columns);
            Gemm.Multiply(true, false, PatchSize, columns, OutputChannels, T.One, w, rdRows, T.Zero, dPatches);
            Gemm.Multiply(true, false, PatchSize, columns, OutputChannels, T.One, v, dRows, T.One, dPatches);
            Col2Im(dPatches, rdx, batch);
        }
    }

    private static T[] Ensure(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new T[length];
        }

        return buffer;
    }

    /// <summary>y[b, o, q] = product[o, b·Q + q] + c_o (contiguous runs of Q).</summary>
    private void ToSampleMajor(T[] product, ReadOnlySpan<T> bias, Span<T> y, int batch)
    {
        int q = Positions, columns = batch * q;
        for (int o = 0; o < OutputChannels; o++)
        {
            T c = bias[o];
            for (int b = 0; b < batch; b++)
            {
                ReadOnlySpan<T> source = product.AsSpan((o * columns) + (b * q), q);
                Span<T> plane = y.Slice((b * OutputSize) + (o * q), q);
                for (int p = 0; p < q; p++)
                {
                    plane[p] = source[p] + c;
                }
            }
        }
    }

    /// <summary>rows[o, b·Q + q] = y[b, o, q]; adds Σ_{b,q} y[b, o, q] to <paramref name="biasSum"/> when it is not empty.</summary>
    private T[] FromSampleMajor(ReadOnlySpan<T> y, int batch, ref T[] buffer, Span<T> biasSum)
    {
        int q = Positions, columns = batch * q;
        T[] rows = Ensure(ref buffer, OutputChannels * columns);
        for (int o = 0; o < OutputChannels; o++)
        {
            T sum = T.Zero;
            for (int b = 0; b < batch; b++)
            {
                ReadOnlySpan<T> plane = y.Slice((b * OutputSize) + (o * q), q);
                plane.CopyTo(rows.AsSpan((o * columns) + (b * q), q));
                if (!biasSum.IsEmpty)
                {
                    foreach (T value in plane)
                    {
                        sum += value;
                    }
                }
            }

            if (!biasSum.IsEmpty)
            {
                biasSum[o] += sum;
            }
        }

        return rows;
    }

    /// <summary>
    /// The column matrix P (R × B·Q): row (c, u, v), column (b, i, j) holds x[b, c, i+u−p, j+v−p] (0 outside). For a
    /// fixed row and output row i the entries are a contiguous run of the input row, so they are block copies.
    /// </summary>
    private T[] Im2Col(ReadOnlySpan<T> x, int batch, ref T[] buffer)
    {
        int q = Positions, columns = batch * q;
        T[] patches = Ensure(ref buffer, PatchSize * columns);
        int r = 0;
        for (int c = 0; c < InputChannels; c++)
        {
            for (int u = 0; u < Kernel; u++)
            {
                for (int v = 0; v < Kernel; v++, r++)
                {
                    (int jStart, int jEnd) = ValidColumns(v);
                    for (int b = 0; b < batch; b++)
                    {
                        ReadOnlySpan<T> plane = x.Slice((b * InputSize) + (c * Height * Width), Height * Width);
                        Span<T> target = patches.AsSpan((r * columns) + (b * q), q);
                        for (int i = 0; i < OutputHeight; i++)
                        {
                            Span<T> row = target.Slice(i * OutputWidth, OutputWidth);
                            int source = i + u - Padding;
                            if (source < 0 || source >= Height || jEnd <= jStart)
                            {
                                row.Clear();
                                continue;
                            }

                            row[..jStart].Clear();
                            plane.Slice((source * Width) + jStart + v - Padding, jEnd - jStart).CopyTo(row[jStart..jEnd]);
                            row[jEnd..].Clear();
                        }
                    }
                }
            }
        }

        return patches;
    }

    /// <summary>The adjoint of <see cref="Im2Col"/>: x[b, c, i+u−p, j+v−p] += P[(c, u, v), (b, i, j)] over all rows.</summary>
    private void Col2Im(ReadOnlySpan<T> patches, Span<T> x, int batch)
    {
        int q = Positions, columns = batch * q;
        x[..(batch * InputSize)].Clear();
        int r = 0;
        for (int c = 0; c < InputChannels; c++)
        {
            for (int u = 0; u < Kernel; u++)
            {
                for (int v = 0; v < Kernel; v++, r++)
                {
                    (int jStart, int jEnd) = ValidColumns(v);
                    if (jEnd <= jStart)
                    {
                        continue;
                    }

                    for (int b = 0; b < batch; b++)
                    {
                        Span<T> plane = x.Slice((b * InputSize) + (c * Height * Width), Height * Width);
                        ReadOnlySpan<T> source = patches.Slice((r * columns) + (b * q), q);
                        for (int i = 0; i < OutputHeight; i++)
                        {
                            int target = i + u - Padding;
                            if (target < 0 || target >= Height)
                            {
                                continue;
                            }

                            ReadOnlySpan<T> row = source.Slice((i * OutputWidth) + jStart, jEnd - jStart);
                            Span<T> destination = plane.Slice((target * Width) + jStart + v - Padding, jEnd - jStart);
                            for (int k = 0; k < row.Length; k++)
                            {
                                destination[k] += row[k];
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>The output columns j with 0 ≤ j + v − p &lt; W, as [start, end).</summary>
    private (int Start, int End) ValidColumns(int v) =>
        (Math.Max(0, Padding - v), Math.Min(OutputWidth, Width + Padding - v));
}
