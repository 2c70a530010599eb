using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// Random reshuffling for P paths at once: path p draws a fresh permutation of 0..n−1 at the start of every epoch
/// from its own stream (seed derived from (seed, p)), so the same seed gives the same index sequence at every β
/// (common random numbers for bisection).
/// </summary>
public sealed class ShuffledEpochs
{
    private readonly SeededRandom[] _randoms;
    private readonly int[][] _orders;

    /// <summary>Creates the streams.</summary>
    public ShuffledEpochs(int n, int paths, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(paths, 1);
        N = n;
        _randoms = Enumerable.Range(0, paths).Select(p => new SeededRandom(SeededRandom.DeriveSeed(seed, (ulong)p))).ToArray();
        _orders = Enumerable.Range(0, paths).Select(_ => Enumerable.Range(0, n).ToArray()).ToArray();
    }

    /// <summary>n.</summary>
    public int N { get; }

    /// <summary>The component each path uses at global step t (1-based); reshuffles when t starts an epoch.</summary>
    public int Component(int path, long t)
    {
        int position = (int)((t - 1) % N);
        if (position == 0)
        {
            _randoms[path].Shuffle(_orders[path].AsSpan());
        }

        return _orders[path][position];
    }
}
