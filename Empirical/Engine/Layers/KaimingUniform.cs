using System.Numerics;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// PyTorch's default initialisation of <c>nn.Linear</c> and <c>nn.Conv2d</c> (He et al. 2015, "Kaiming uniform" with
/// a = √5): bound = gain·√(3/fan_in), gain = √(2/(1 + a²)) = √(1/3), so weights and biases are U(−1/√fan_in, 1/√fan_in).
/// arXiv 2309.08339 §5 initialises with it; the scale s widens the bound for Algorithm 2's sampling distribution W.
/// </summary>
public static class KaimingUniform
{
    /// <summary>The bound 1/√fan_in.</summary>
    public static double Bound(int fanIn) => 1.0 / Math.Sqrt(fanIn);

    /// <summary>Fills <paramref name="values"/> with U(−s/√fan_in, s/√fan_in).</summary>
    public static void Fill<T>(Span<T> values, int fanIn, SeededRandom random, double scale)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(random);
        double bound = scale * Bound(fanIn);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = T.CreateTruncating(random.Uniform(-bound, bound));
        }
    }
}
