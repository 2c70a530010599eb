using System.Numerics;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>Row-wise helpers over a sample-major batch (rows of equal length).</summary>
internal static class Rows
{
    /// <summary>matrix_b,: += row for every row b.</summary>
    public static void AddToEach<T>(Span<T> matrix, ReadOnlySpan<T> row, int rows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = row.Length;
        for (int b = 0; b < rows; b++)
        {
            Span<T> target = matrix.Slice(b * n, n);
            for (int j = 0; j < n; j++)
            {
                target[j] += row[j];
            }
        }
    }

    /// <summary>sum_j += Σ_b matrix_b,j.</summary>
    public static void SumInto<T>(ReadOnlySpan<T> matrix, Span<T> sum, int rows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = sum.Length;
        for (int b = 0; b < rows; b++)
        {
            ReadOnlySpan<T> source = matrix.Slice(b * n, n);
            for (int j = 0; j < n; j++)
            {
                sum[j] += source[j];
            }
        }
    }
}
