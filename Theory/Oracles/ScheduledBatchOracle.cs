using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Oracles;

/// <summary>
/// g_t = (1/b_t)Σ_{j∈B_t} ∇F_j(x_t) for a finite sum F = (1/n)Σ F_j, with B_t b_t distinct components drawn uniformly
/// without replacement and the batch size b_t given per step (fixed, or growing over the run). E g_t = ∇F(x_t); for
/// an additive sum (F_j = F + c_jᵀx, Σ c_j = 0) the noise has covariance (1/b_t)·((n − b_t)/(n − 1))·(1/n)Σ c_j c_jᵀ,
/// which vanishes at b_t = n. The component sequence is a function of the seed only.
/// </summary>
public sealed class ScheduledBatchOracle : IGradientOracle
{
    private readonly IFiniteSumObjective _sum;
    private readonly Func<long, int> _batch;
    private readonly ulong _seed;
    private readonly bool _repeatOneComponent;
    private readonly int[] _order;
    private readonly double[] _buffer;
    private SeededRandom _random;

    /// <summary>Creates the oracle.</summary>
    /// <param name="sum">The finite sum.</param>
    /// <param name="batch">b_t for step t ≥ 1, in [1, n].</param>
    /// <param name="seed">The sampling seed.</param>
    /// <param name="repeatOneComponent">
    /// A planted fault: the batch averages b_t copies of one sampled component (the batch size then reduces no variance).
    /// </param>
    public ScheduledBatchOracle(IFiniteSumObjective sum, Func<long, int> batch, ulong seed, bool repeatOneComponent = false)
    {
        ArgumentNullException.ThrowIfNull(sum);
        ArgumentNullException.ThrowIfNull(batch);
        _sum = sum;
        _batch = batch;
        _seed = seed;
        _repeatOneComponent = repeatOneComponent;
        _order = [.. Enumerable.Range(0, sum.Count)];
        _buffer = new double[sum.Dimension];
        _random = new SeededRandom(seed);
    }

    /// <inheritdoc/>
    public int Dimension => _sum.Dimension;

    /// <inheritdoc/>
    public bool IsExact => false;

    /// <inheritdoc/>
    public string Describe() => $"mini-batches without replacement (b_t scheduled) over {_sum.Name}{(_repeatOneComponent ? ", planted: one component repeated" : string.Empty)}";

    /// <inheritdoc/>
    public void Gradient(long t, ReadOnlySpan<double> x, Span<double> gradient)
    {
        int b = _batch(t);
        if (b < 1 || b > _sum.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(t), b, $"the batch size at step {t} must lie in [1, n = {_sum.Count}].");
        }

        MiniBatchSampler.Gradient(_sum, _random, _order, _buffer, b, x, gradient, _repeatOneComponent);
    }

    /// <inheritdoc/>
    public void Reset()
    {
        _random = new SeededRandom(_seed);
        for (int i = 0; i < _order.Length; i++)
        {
            _order[i] = i;
        }
    }
}
