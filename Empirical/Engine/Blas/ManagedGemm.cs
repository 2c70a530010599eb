using System.Numerics;
using System.Runtime.InteropServices;

namespace Adam.Verification.Empirical.Engine.Blas;

/// <summary>
/// The managed fallback for row-major C = α·op(A)·op(B) + β·C (op = identity or transpose), used when OpenBLAS is
/// absent. Transposed operands are packed to row-major first; then every row of C is accumulated as
/// C_i,: += (α·A_i,p)·B_p,: with <see cref="Vector{T}"/> over p-blocks of 128 that stay in cache, in place on small
/// products. Rows are independent, so large products run their row blocks in parallel (on copies, which a parallel
/// body can capture) without changing any sum's order: results do not depend on the thread count.
/// </summary>
public static class ManagedGemm
{
    private const int BlockK = 128;
    private const int RowsPerTask = 16;

    /// <summary>C (m×n) = α·op(A)·op(B) + β·C, where op(A) is m×k and op(B) is k×n.</summary>
    public static void Multiply<T>(bool transA, bool transB, int m, int n, int k, T alpha, ReadOnlySpan<T> a, ReadOnlySpan<T> b, T beta, Span<T> c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[]? packedA = transA ? Transpose(a, k, m) : null;
        T[]? packedB = transB ? Transpose(b, n, k) : null;
        ReadOnlySpan<T> aRows = packedA ?? a[..(m * k)];
        ReadOnlySpan<T> bRows = packedB ?? b[..(k * n)];
        long work = (long)m * n * k;
        if (work < 1 << 20 || m < 2 * RowsPerTask)
        {
            Rows(aRows, bRows, c, 0, m, n, k, alpha, beta);
            return;
        }

        // The parallel row blocks capture arrays (spans cannot be captured), so only this path copies its operands.
        T[] aArray = packedA ?? aRows.ToArray(), bArray = packedB ?? bRows.ToArray(), result = c[..(m * n)].ToArray();
        int tasks = (m + RowsPerTask - 1) / RowsPerTask;
        Parallel.For(0, tasks, task =>
        {
            int start = task * RowsPerTask;
            Rows<T>(aArray, bArray, result, start, Math.Min(m, start + RowsPerTask), n, k, alpha, beta);
        });
        result.CopyTo(c);
    }

    private static void Rows<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int rowStart, int rowEnd, int n, int k, T alpha, T beta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = rowStart; i < rowEnd; i++)
        {
            Span<T> row = c.Slice(i * n, n);
            if (beta == T.Zero)
            {
                row.Clear();
            }
            else if (beta != T.One)
            {
                for (int j = 0; j < n; j++)
                {
                    row[j] *= beta;
                }
            }
        }

        for (int p0 = 0; p0 < k; p0 += BlockK)
        {
            int p1 = Math.Min(k, p0 + BlockK);
            for (int i = rowStart; i < rowEnd; i++)
            {
                Span<T> row = c.Slice(i * n, n);
                Span<Vector<T>> rowVectors = MemoryMarshal.Cast<T, Vector<T>>(row);
                int tail = rowVectors.Length * Vector<T>.Count;
                for (int p = p0; p < p1; p++)
                {
                    T scale = alpha * a[(i * k) + p];
                    if (scale == T.Zero)
                    {
                        continue;
                    }

                    ReadOnlySpan<T> bRow = b.Slice(p * n, n);
                    ReadOnlySpan<Vector<T>> bVectors = MemoryMarshal.Cast<T, Vector<T>>(bRow);
                    var s = new Vector<T>(scale);
                    for (int v = 0; v < rowVectors.Length; v++)
                    {
                        rowVectors[v] += s * bVectors[v];
                    }

                    for (int j = tail; j < n; j++)
                    {
                        row[j] += scale * bRow[j];
                    }
                }
            }
        }
    }

    private static T[] Transpose<T>(ReadOnlySpan<T> source, int rows, int columns)
        where T : unmanaged
    {
        var result = new T[rows * columns];
        for (int r = 0; r < rows; r++)
        {
            for (int col = 0; col < columns; col++)
            {
                result[(col * rows) + r] = source[(r * columns) + col];
            }
        }

        return result;
    }
}
