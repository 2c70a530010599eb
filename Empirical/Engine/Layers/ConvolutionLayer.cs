using System.Numerics;
using Adam.Verification.Empirical.Engine.Blas;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// 2-D convolution (cross-correlation, as <c>nn.Conv2d</c>) with C_in → C_out channels, a k×k kernel, stride 1 and
/// zero padding p: y[b, o, i, j] = c_o + Σ_{c,u,v} W[o, c, u, v]·x[b, c, i+u−p, j+v−p]. Computed as one product per
/// batch over the patch matrix P (rows (b, i, j), columns (c, u, v), "im2col"): Y = P·Wᵀ. It is then a dense layer
/// in P, so backward and the R-operator are the dense ones with P in place of x, followed by col2im for dx.
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
        int rows = batch * Positions;
        T[] patches = Im2Col(x, batch, ref _patches);
        T[] product = Ensure(ref _rows, rows * OutputChannels);
        Gemm.Multiply(false, true, rows, OutputChannels, PatchSize, T.One, patches, w, T.Zero, product);
        ToChannelMajor(product, w.Slice(WeightCount, OutputChannels), y, batch);
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch)
    {
        int rows = batch * Positions;
        T[] dRows = FromChannelMajor(dy, batch, ref _rows, dw.IsEmpty ? [] : dw.Slice(WeightCount, OutputChannels));
        if (!dw.IsEmpty)
        {
            T[] patches = Im2Col(x, batch, ref _patches);
            Gemm.Multiply(true, false, OutputChannels, PatchSize, rows, T.One, dRows, patches, T.One, dw);
        }

        if (!dx.IsEmpty)
        {
            T[] dPatches = Ensure(ref _patchGradient, rows * PatchSize);
            Gemm.Multiply(false, false, rows, PatchSize, OutputChannels, T.One, dRows, w, T.Zero, dPatches);
            Col2Im(dPatches, dx, batch);
        }
    }

    /// <inheritdoc/>
    public void ForwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, Span<T> ry, int batch)
    {
        int rows = batch * Positions;
        T[] patches = Im2Col(x, batch, ref _patches);
        T[] product = Ensure(ref _rows, rows * OutputChannels);
        Gemm.Multiply(false, true, rows, OutputChannels, PatchSize, T.One, patches, v, T.Zero, product);
        if (!rx.IsEmpty)
        {
            T[] tangentPatches = Im2Col(rx, batch, ref _tangentPatches);
            Gemm.Multiply(false, true, rows, OutputChannels, PatchSize, T.One, tangentPatches, w, T.One, product);
        }

        ToChannelMajor(product, v.Slice(WeightCount, OutputChannels), ry, batch);
    }

    /// <inheritdoc/>
    public void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch)
    {
        int rows = batch * Positions;
        T[] patches = Im2Col(x, batch, ref _patches);
        T[] dRows = FromChannelMajor(dy, batch, ref _rows, []);
        T[] rdRows = FromChannelMajor(rdy, batch, ref _tangentRows, rdw.Slice(WeightCount, OutputChannels));
        Gemm.Multiply(true, false, OutputChannels, PatchSize, rows, T.One, rdRows, patches, T.One, rdw);
        if (!rx.IsEmpty)
        {
            T[] tangentPatches = Im2Col(rx, batch, ref _tangentPatches);
            Gemm.Multiply(true, false, OutputChannels, PatchSize, rows, T.One, dRows, tangentPatches, T.One, rdw);
        }

        if (!rdx.IsEmpty)
        {
            T[] dPatches = Ensure(ref _patchGradient, rows * PatchSize);
            Gemm.Multiply(false, false, rows, PatchSize, OutputChannels, T.One, rdRows, w, T.Zero, dPatches);
            Gemm.Multiply(false, false, rows, PatchSize, OutputChannels, T.One, dRows, v, T.One, dPatches);
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

    /// <summary>y[b, o, q] = rows[b·Q + q, o] + c_o.</summary>
    private void ToChannelMajor(T[] rows, ReadOnlySpan<T> bias, Span<T> y, int batch)
    {
        int q = Positions;
        for (int b = 0; b < batch; b++)
        {
            for (int o = 0; o < OutputChannels; o++)
            {
                Span<T> plane = y.Slice((b * OutputSize) + (o * q), q);
                T c = bias[o];
                for (int p = 0; p < q; p++)
                {
                    plane[p] = rows[((b * q) + p) * OutputChannels + o] + c;
                }
            }
        }
    }

    /// <summary>rows[b·Q + q, o] = y[b, o, q]; adds Σ_{b,q} y[b, o, q] to <paramref name="biasSum"/> when it is not empty.</summary>
    private T[] FromChannelMajor(ReadOnlySpan<T> y, int batch, ref T[] buffer, Span<T> biasSum)
    {
        int q = Positions;
        T[] rows = Ensure(ref buffer, batch * q * OutputChannels);
        for (int b = 0; b < batch; b++)
        {
            for (int o = 0; o < OutputChannels; o++)
            {
                ReadOnlySpan<T> plane = y.Slice((b * OutputSize) + (o * q), q);
                T sum = T.Zero;
                for (int p = 0; p < q; p++)
                {
                    rows[((b * q) + p) * OutputChannels + o] = plane[p];
                    sum += plane[p];
                }

                if (!biasSum.IsEmpty)
                {
                    biasSum[o] += sum;
                }
            }
        }

        return rows;
    }

    private T[] Im2Col(ReadOnlySpan<T> x, int batch, ref T[] buffer)
    {
        int r = PatchSize;
        T[] patches = Ensure(ref buffer, batch * Positions * r);
        int row = 0;
        for (int b = 0; b < batch; b++)
        {
            ReadOnlySpan<T> image = x.Slice(b * InputSize, InputSize);
            for (int i = 0; i < OutputHeight; i++)
            {
                for (int j = 0; j < OutputWidth; j++, row++)
                {
                    Span<T> patch = patches.AsSpan(row * r, r);
                    int column = 0;
                    for (int c = 0; c < InputChannels; c++)
                    {
                        for (int u = 0; u < Kernel; u++)
                        {
                            int source = i + u - Padding;
                            for (int vv = 0; vv < Kernel; vv++, column++)
                            {
                                int sourceColumn = j + vv - Padding;
                                patch[column] = source >= 0 && source < Height && sourceColumn >= 0 && sourceColumn < Width
                                    ? image[(c * Height * Width) + (source * Width) + sourceColumn]
                                    : T.Zero;
                            }
                        }
                    }
                }
            }
        }

        return patches;
    }

    private void Col2Im(ReadOnlySpan<T> patches, Span<T> x, int batch)
    {
        int r = PatchSize;
        x[..(batch * InputSize)].Clear();
        int row = 0;
        for (int b = 0; b < batch; b++)
        {
            Span<T> image = x.Slice(b * InputSize, InputSize);
            for (int i = 0; i < OutputHeight; i++)
            {
                for (int j = 0; j < OutputWidth; j++, row++)
                {
                    ReadOnlySpan<T> patch = patches.Slice(row * r, r);
                    int column = 0;
                    for (int c = 0; c < InputChannels; c++)
                    {
                        for (int u = 0; u < Kernel; u++)
                        {
                            int source = i + u - Padding;
                            for (int vv = 0; vv < Kernel; vv++, column++)
                            {
                                int sourceColumn = j + vv - Padding;
                                if (source >= 0 && source < Height && sourceColumn >= 0 && sourceColumn < Width)
                                {
                                    image[(c * Height * Width) + (source * Width) + sourceColumn] += patch[column];
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
