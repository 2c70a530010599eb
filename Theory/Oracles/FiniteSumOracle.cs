using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Oracles;

/// <summary>
/// g_t = ∇F_{i_t}(x_t) (or the mean over a mini-batch) for a finite sum F = (1/n)Σ F_i. E g_t = ∇F(x_t) under
/// every scheme. The component sequence is a function of the seed only.
/// </summary>
public sealed class FiniteSumOracle : IGradientOracle
{
    private readonly IFiniteSumObjective _sum;
    private readonly ulong _seed;
    private readonly int[] _order;
    private readonly double[] _buffer;
    private SeededRandom _random;
    private int _position;

    /// <summary>Creates the oracle; <paramref name="batchSize"/> is used by <see cref="SamplingScheme.MiniBatch"/> only.</summary>
    public FiniteSumOracle(IFiniteSumObjective sum, SamplingScheme scheme, ulong seed, int batchSize = 1)
    {
        ArgumentNullException.ThrowIfNull(sum);
        if (scheme == SamplingScheme.MiniBatch && (batchSize < 1 || batchSize > sum.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, $"the mini-batch size must lie in [1, n = {sum.Count}].");
        }

        _sum = sum;
        Scheme = scheme;
        BatchSize = scheme == SamplingScheme.MiniBatch ? batchSize : 1;
        _seed = seed;
        _order = Enumerable.Range(0, sum.Count).ToArray();
        _buffer = new double[sum.Dimension];
        _random = new SeededRandom(seed);
        _position = sum.Count;
    }

    /// <summary>The sampling scheme.</summary>
    public SamplingScheme Scheme { get; }

    /// <summary>Components per step.</summary>
    public int BatchSize { get; }

    /// <inheritdoc/>
    public int Dimension => _sum.Dimension;

    /// <inheritdoc/>
    public bool IsExact => false;

    /// <inheritdoc/>
    public string Describe() => $"{Scheme} (b = {BatchSize}) over {_sum.Name}";

    /// <inheritdoc/>
    public void Gradient(long t, ReadOnlySpan<double> x, Span<double> gradient)
    {
        switch (Scheme)
        {
            case SamplingScheme.WithReplacement:
                _sum.ComponentGradient(_random.NextInt(_sum.Count), x, gradient);
                break;
            case SamplingScheme.RandomReshuffling:
                if (_position >= _sum.Count)
                {
                    _random.Shuffle<int>(_order);
                    _position = 0;
                }

                _sum.ComponentGradient(_order[_position++], x, gradient);
                break;
            default:
                MiniBatchSampler.Gradient(_sum, _random, _order, _buffer, BatchSize, x, gradient);
                break;
        }
    }

    /// <inheritdoc/>
    public void Reset()
    {
        _random = new SeededRandom(_seed);
        for (int i = 0; i < _order.Length; i++)
        {
            _order[i] = i;
        }

        _position = _sum.Count;
    }
}
