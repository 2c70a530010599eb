using System.Numerics;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// 2-D max-pooling with a k×k window and stride k over channels × height × width (as <c>nn.MaxPool2d(k)</c>, no
/// padding, floor of the output size). Each output copies the first maximal input of its window (a* = argmax); the
/// layer is linear given a*: dx scatters dy to a*, R{y} = R{x}[a*], R{dx} scatters R{dy}.
/// </summary>
public sealed class MaxPoolLayer<T> : ILayer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private int[] _argmax = [];

    /// <summary>Creates the pooling layer over inputs of shape channels × height × width.</summary>
    public MaxPoolLayer(int channels, int height, int width, int window = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, window);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, window);
        Channels = channels;
        Height = height;
        Width = width;
        Window = window;
    }

    /// <summary>Channels.</summary>
    public int Channels { get; }

    /// <summary>Input height.</summary>
    public int Height { get; }

    /// <summary>Input width.</summary>
    public int Width { get; }

    /// <summary>Window and stride k.</summary>
    public int Window { get; }

    /// <summary>Output height ⌊H/k⌋.</summary>
    public int OutputHeight => Height / Window;

    /// <summary>Output width ⌊W/k⌋.</summary>
    public int OutputWidth => Width / Window;

    /// <inheritdoc/>
    public int InputSize => Channels * Height * Width;

    /// <inheritdoc/>
    public int OutputSize => Channels * OutputHeight * OutputWidth;

    /// <inheritdoc/>
    public int ParameterCount => 0;

    /// <inheritdoc/>
    public string Describe() => $"maxpool {Window}×{Window} on {Channels}×{Height}×{Width}";

    /// <inheritdoc/>
    public void Initialize(Span<T> w, SeededRandom random, double scale)
    {
    }

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, Span<T> y, int batch)
    {
        int[] argmax = Argmax(x, batch);
        for (int i = 0; i < batch * OutputSize; i++)
        {
            y[i] = x[argmax[i]];
        }
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> w, ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int batch) => Scatter(x, dy, dx, batch);

    /// <inheritdoc/>
    public void ForwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, Span<T> ry, int batch)
    {
        if (rx.IsEmpty)
        {
            ry[..(batch * OutputSize)].Clear();
            return;
        }

        int[] argmax = Argmax(x, batch);
        for (int i = 0; i < batch * OutputSize; i++)
        {
            ry[i] = rx[argmax[i]];
        }
    }

    /// <inheritdoc/>
    public void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch) =>
        Scatter(x, rdy, rdx, batch);

    private void Scatter(ReadOnlySpan<T> x, ReadOnlySpan<T> source, Span<T> target, int batch)
    {
        if (target.IsEmpty)
        {
            return;
        }

        int[] argmax = Argmax(x, batch);
        target[..(batch * InputSize)].Clear();
        for (int i = 0; i < batch * OutputSize; i++)
        {
            target[argmax[i]] += source[i];
        }
    }

    private int[] Argmax(ReadOnlySpan<T> x, int batch)
    {
        int outputs = batch * OutputSize;
        if (_argmax.Length < outputs)
        {
            _argmax = new int[outputs];
        }

        Span<int> argmax = _argmax.AsSpan(0, outputs);
        int o = 0;
        int k = Window;
        for (int plane = 0; plane < batch * Channels; plane++)
        {
            int origin = plane * Height * Width;
            for (int oh = 0; oh < OutputHeight; oh++)
            {
                int top = origin + (oh * k * Width);
                if (k == 2)
                {
                    // The common 2×2 window, without the inner loops: first maximum in row-major window order.
                    ReadOnlySpan<T> upper = x.Slice(top, Width);
                    ReadOnlySpan<T> lower = x.Slice(top + Width, Width);
                    for (int ow = 0; ow < OutputWidth; ow++, o++)
                    {
                        int j = 2 * ow;
                        int best = j;
                        T value = upper[j];
                        if (upper[j + 1] > value)
                        {
                            best = j + 1;
                            value = upper[j + 1];
                        }

                        if (lower[j] > value)
                        {
                            best = Width + j;
                            value = lower[j];
                        }

                        if (lower[j + 1] > value)
                        {
                            best = Width + j + 1;
                        }

                        argmax[o] = top + best;
                    }

                    continue;
                }

                for (int ow = 0; ow < OutputWidth; ow++, o++)
                {
                    int best = top + (ow * k);
                    for (int kh = 0; kh < k; kh++)
                    {
                        int rowStart = top + (kh * Width) + (ow * k);
                        for (int kw = 0; kw < k; kw++)
                        {
                            if (x[rowStart + kw] > x[best])
                            {
                                best = rowStart + kw;
                            }
                        }
                    }

                    argmax[o] = best;
                }
            }
        }

        return _argmax;
    }
}
