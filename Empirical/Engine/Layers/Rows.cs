using System.Numerics;
using System.Runtime.InteropServices;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>Row-wise helpers over a sample-major batch (rows of equal length), vectorised with <see cref="Vector{T}"/>.</summary>
internal static class Rows
{
    /// <summary>matrix_b,: += row for every row b.</summary>
    public static void AddToEach<T>(Span<T> matrix, ReadOnlySpan<T> row, int rows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int b = 0; b < rows; b++)
        {
            Add(matrix.Slice(b * row.Length, row.Length), row);
        }
    }

    /// <summary>sum_j += Σ_b matrix_b,j.</summary>
    public static void SumInto<T>(ReadOnlySpan<T> matrix, Span<T> sum, int rows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int b = 0; b < rows; b++)
        {
            Add(sum, matrix.Slice(b * sum.Length, sum.Length));
        }
    }

    /// <summary>target += source, elementwise.</summary>
    private static void Add<T>(Span<T> target, ReadOnlySpan<T> source)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Span<Vector<T>> t = MemoryMarshal.Cast<T, Vector<T>>(target);
        ReadOnlySpan<Vector<T>> s = MemoryMarshal.Cast<T, Vector<T>>(source);
        for (int i = 0; i < t.Length; i++)
        {
            t[i] += s[i];
        }

        for (int j = t.Length * Vector<T>.Count; j < target.Length; j++)
        {
            target[j] += source[j];
        }
    }
}
