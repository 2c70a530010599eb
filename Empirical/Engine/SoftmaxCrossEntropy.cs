using System.Numerics;

namespace Adam.Verification.Empirical.Engine;

/// <summary>
/// Softmax cross-entropy over logits z (as <c>nn.CrossEntropyLoss</c>): ℓ = −log p_y with p = softmax(z), computed
/// with the max shift. With a scale s (1/N for the mean over N samples): dz = s·(p − e_y), and the R-operator
/// R{dz} = s·p ⊙ (R{z} − ⟨p, R{z}⟩), i.e. s·(diag p − p pᵀ)·R{z}.
/// </summary>
public static class SoftmaxCrossEntropy
{
    /// <summary>Writes p = softmax(z) row by row and returns Σ_b −log p_{b, y_b} (in double).</summary>
    public static double Probabilities<T>(ReadOnlySpan<T> logits, ReadOnlySpan<int> labels, int classes, Span<T> probabilities)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        double loss = 0;
        for (int b = 0; b < labels.Length; b++)
        {
            ReadOnlySpan<T> z = logits.Slice(b * classes, classes);
            Span<T> p = probabilities.Slice(b * classes, classes);
            T max = z[0];
            for (int c = 1; c < classes; c++)
            {
                max = T.Max(max, z[c]);
            }

            T sum = T.Zero;
            for (int c = 0; c < classes; c++)
            {
                p[c] = T.Exp(z[c] - max);
                sum += p[c];
            }

            for (int c = 0; c < classes; c++)
            {
                p[c] /= sum;
            }

            loss += double.CreateTruncating(max - z[labels[b]] + T.Log(sum));
        }

        return loss;
    }

    /// <summary>dz = s·(p − e_y), in place over the probabilities.</summary>
    public static void Gradient<T>(Span<T> probabilities, ReadOnlySpan<int> labels, int classes, T scale)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int b = 0; b < labels.Length; b++)
        {
            Span<T> p = probabilities.Slice(b * classes, classes);
            p[labels[b]] -= T.One;
            for (int c = 0; c < classes; c++)
            {
                p[c] *= scale;
            }
        }
    }

    /// <summary>R{dz} = s·p ⊙ (R{z} − ⟨p, R{z}⟩).</summary>
    public static void Tangent<T>(ReadOnlySpan<T> probabilities, ReadOnlySpan<T> tangentLogits, int rows, int classes, T scale, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int b = 0; b < rows; b++)
        {
            ReadOnlySpan<T> p = probabilities.Slice(b * classes, classes);
            ReadOnlySpan<T> rz = tangentLogits.Slice(b * classes, classes);
            Span<T> r = result.Slice(b * classes, classes);
            T mean = T.Zero;
            for (int c = 0; c < classes; c++)
            {
                mean += p[c] * rz[c];
            }

            for (int c = 0; c < classes; c++)
            {
                r[c] = scale * p[c] * (rz[c] - mean);
            }
        }
    }
}
