namespace Adam.Verification.Counterexamples.Phase;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> of a phase map (array jobs): the cells whose row-major index k
/// (row·W + column) has k mod N = i − 1. Cells are independent and seeded by their coordinates (common random
/// numbers), so the union of the N shards equals a single run cell for cell.
/// </summary>
public sealed record PhaseShard
{
    /// <summary>Shard i of N, 1 ≤ i ≤ N.</summary>
    public PhaseShard(int index, int count)
    {
        if (count < 1 || index < 1 || index > count)
        {
            throw new ArgumentException($"a shard is i/N with 1 ≤ i ≤ N; got {index}/{count}.");
        }

        Index = index;
        Count = count;
    }

    /// <summary>i (1-based).</summary>
    public int Index { get; }

    /// <summary>N.</summary>
    public int Count { get; }

    /// <summary>Whether the cell at row-major index <paramref name="cell"/> belongs to this shard.</summary>
    public bool Includes(int cell) => cell % Count == Index - 1;

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
