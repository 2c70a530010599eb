using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Oracles;

/// <summary>
/// One mini-batch gradient of a finite sum: b distinct components drawn uniformly without replacement by a partial
/// Fisher–Yates shuffle of <c>order</c> (positions k…n−1 always hold the components not yet drawn, so any starting
/// permutation gives a uniform draw), averaged.
/// </summary>
internal static class MiniBatchSampler
{
    /// <summary>
    /// Writes (1/b)Σ_{j∈B} ∇F_j(x) into <paramref name="gradient"/>; with <paramref name="repeatOneComponent"/> (a planted
    /// fault) it averages b copies of the first drawn component instead.
    /// </summary>
    public static void Gradient(IFiniteSumObjective sum, SeededRandom random, int[] order, double[] buffer, int b, ReadOnlySpan<double> x, Span<double> gradient, bool repeatOneComponent = false)
    {
        gradient.Clear();
        for (int k = 0; k < b; k++)
        {
            if (!repeatOneComponent || k == 0)
            {
                int j = k + random.NextInt(sum.Count - k);
                (order[k], order[j]) = (order[j], order[k]);
                sum.ComponentGradient(order[k], x, buffer);
            }

            for (int i = 0; i < gradient.Length; i++)
            {
                gradient[i] += buffer[i] / b;
            }
        }
    }
}
