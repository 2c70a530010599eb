using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Search;

/// <summary>
/// Adaptive operator selection by probability matching (Goldberg 1990; compared with its alternatives by Thierens 2005): each operator i keeps a quality
/// q_i, an exponential average of its rewards r ∈ [0, 1] (the search rewards the size of a gain; 0 without one),
/// q_i ← (1 − a)·q_i + a·r with a = <see cref="Adaptation"/>, and is chosen with probability
/// p_i = p_min + (1 − K·p_min)·q_i/Σ_j q_j, p_min = <see cref="FloorShare"/>/K, so that no operator is ever starved.
/// All q_i start at 1 (optimistic), so every operator is tried early. Deterministic given the random stream.
/// </summary>
public sealed class OperatorSelection
{
    /// <summary>The weight a of the newest reward.</summary>
    public const double Adaptation = 0.3;

    /// <summary>The share of the probability spread uniformly over all operators (K·p_min).</summary>
    public const double FloorShare = 0.3;

    private readonly double[] _quality;
    private readonly int[] _gains;

    /// <summary>Creates the selection over <paramref name="count"/> operators.</summary>
    public OperatorSelection(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _quality = Enumerable.Repeat(1.0, count).ToArray();
        _gains = new int[count];
    }

    /// <summary>How many times each operator improved the climb.</summary>
    public IReadOnlyList<int> Gains => _gains;

    /// <summary>The current probability of operator <paramref name="index"/>.</summary>
    public double Probability(int index) => Probability(index, _quality.Sum());

    /// <summary>Draws an operator index.</summary>
    public int Choose(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double u = random.NextDouble();
        double sum = _quality.Sum();
        for (int i = 0; i < _quality.Length - 1; i++)
        {
            u -= Probability(i, sum);
            if (u < 0)
            {
                return i;
            }
        }

        return _quality.Length - 1;
    }

    private double Probability(int index, double sum) => (FloorShare / _quality.Length) + ((1 - FloorShare) * _quality[index] / sum);

    /// <summary>
    /// Records the reward of operator <paramref name="index"/>'s mutant: r ∈ [0, 1], 0 when it did not improve the climb;
    /// <paramref name="improved"/> counts it as a gain.
    /// </summary>
    public void Reward(int index, double reward, bool improved)
    {
        _quality[index] = ((1 - Adaptation) * _quality[index]) + (Adaptation * Math.Clamp(reward, 0, 1));

        // A quality may decay towards 0; the floor keeps the operator drawable, and the sum stays positive.
        _quality[index] = Math.Max(_quality[index], 1e-6);
        if (improved)
        {
            _gains[index]++;
        }
    }
}
